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

/**
 * Which tokens a service trusts, fail-closed (issue 21, finding 3): the council's OIDC issuer when OIDC_ISSUER is
 * set; the local dev issuer only when asked for by name (AUTH_MODE=dev), and never in production or beside an
 * issuer; otherwise the service refuses to start, saying what to set.
 */
export function tokenVerifierFromEnv(env = process.env): TokenVerifier {
  const devAsked = env['AUTH_MODE'] === 'dev';
  if (env['AUTH_MODE'] !== undefined && !devAsked) throw new Error(`AUTH_MODE must be "dev" or unset, not "${env['AUTH_MODE']}"`);
  if (env['OIDC_ISSUER']) {
    if (devAsked) throw new Error('AUTH_MODE=dev and OIDC_ISSUER are both set: unset AUTH_MODE, so only the issuer is trusted');
    return new OidcTokenVerifier(env['OIDC_ISSUER'], env['OIDC_AUDIENCE'] ?? AUDIENCE);
  }
  if (devAsked && env['NODE_ENV'] === 'production')
    throw new Error('AUTH_MODE=dev is refused in production: tokens must come from the council identity provider (OIDC_ISSUER)');
  if (devAsked) return new DevTokenVerifier();
  throw new Error(
    'no token issuer is set: set OIDC_ISSUER (and OIDC_AUDIENCE) to the council identity provider, or AUTH_MODE=dev for development and tests only',
  );
}
