import { createLocalJWKSet, createRemoteJWKSet, jwtVerify } from 'jose';
import { DevIssuer } from './dev-issuer';
import { AUDIENCE, principalFromClaims } from './token-claims';
import { Principal } from './roles';

export abstract class TokenVerifier {
  abstract verify(token: string): Promise<Principal>;
}

/** Production: an OIDC issuer's keys, found through its discovery document. */
export class OidcTokenVerifier extends TokenVerifier {
  private jwks?: ReturnType<typeof createRemoteJWKSet>;

  constructor(
    private readonly issuer: string,
    private readonly audience = AUDIENCE,
  ) {
    super();
  }

  async verify(token: string): Promise<Principal> {
    this.jwks ??= createRemoteJWKSet(new URL(await this.jwksUri()));
    const { payload } = await jwtVerify(token, this.jwks, { issuer: this.issuer, audience: this.audience });
    return principalFromClaims(payload);
  }

  private async jwksUri(): Promise<string> {
    const response = await fetch(new URL('.well-known/openid-configuration', this.issuer.endsWith('/') ? this.issuer : `${this.issuer}/`));
    if (!response.ok) throw new Error(`OIDC discovery at ${this.issuer} answered ${response.status}`);
    return ((await response.json()) as { jwks_uri: string }).jwks_uri;
  }
}

/** Development and tests: the local dev issuer's public key. */
export class DevTokenVerifier extends TokenVerifier {
  private jwks?: ReturnType<typeof createLocalJWKSet>;

  constructor(private readonly issuer = DevIssuer.open()) {
    super();
  }

  async verify(token: string): Promise<Principal> {
    this.jwks ??= createLocalJWKSet({ keys: [await this.issuer.publicJwk()] });
    const { payload } = await jwtVerify(token, this.jwks, { issuer: DevIssuer.ISSUER, audience: AUDIENCE });
    return principalFromClaims(payload);
  }
}

/** OIDC when OIDC_ISSUER is set; the dev issuer otherwise, except in production, where that is refused. */
export function tokenVerifierFromEnv(env = process.env): TokenVerifier {
  if (env['OIDC_ISSUER']) return new OidcTokenVerifier(env['OIDC_ISSUER'], env['OIDC_AUDIENCE'] ?? AUDIENCE);
  if (env['NODE_ENV'] === 'production') {
    throw new Error(
      'OIDC_ISSUER is not set: in production tokens must come from the council identity provider. Set OIDC_ISSUER (and OIDC_AUDIENCE).',
    );
  }
  return new DevTokenVerifier();
}
