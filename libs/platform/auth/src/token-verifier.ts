import { createLocalJWKSet, createRemoteJWKSet, jwtVerify } from 'jose';
import { DevIssuer } from './dev-issuer';
import { assertAccessToken, verifyOptions } from './access-token';
import { assertSecureIssuerUrl, discoverJwksUri } from './oidc-discovery';
import { AUDIENCE, principalFromClaims } from './token-claims';
import { Principal } from './roles';

export abstract class TokenVerifier {
  /** Which tokens it trusts, for the start-up log line and the auth_mode metric (issue 21, finding 3). */
  abstract readonly mode: 'oidc' | 'dev';
  abstract verify(token: string): Promise<Principal>;
}

/**
 * Production: the council's OIDC issuer. Its key set is found once through discovery, single-flight (concurrent first
 * calls share one look-up; a failed one is retried on the next call), and tokens are checked as `verifyOptions` and
 * `assertAccessToken` say.
 */
export class OidcTokenVerifier extends TokenVerifier {
  readonly mode = 'oidc';
  private keys?: Promise<ReturnType<typeof createRemoteJWKSet>>;

  constructor(
    private readonly issuer: string,
    private readonly audience = AUDIENCE,
    private readonly clients: readonly string[] = [],
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    super();
    assertSecureIssuerUrl(issuer, 'OIDC_ISSUER');
  }

  async verify(token: string): Promise<Principal> {
    const { payload, protectedHeader } = await jwtVerify(token, await this.keySet(), verifyOptions(this.issuer, this.audience));
    assertAccessToken(protectedHeader, payload, this.clients);
    return principalFromClaims(payload);
  }

  private keySet() {
    if (!this.keys) {
      const keys = discoverJwksUri(this.issuer, this.fetchImpl).then((uri) => createRemoteJWKSet(uri, { timeoutDuration: 5_000 }));
      keys.catch(() => {
        if (this.keys === keys) this.keys = undefined;
      });
      this.keys = keys;
    }
    return this.keys;
  }
}

/** Development and tests: the local dev issuer's public key, checked exactly as a council issuer's would be. */
export class DevTokenVerifier extends TokenVerifier {
  readonly mode = 'dev';
  private jwks?: ReturnType<typeof createLocalJWKSet>;

  constructor(private readonly issuer = DevIssuer.open()) {
    super();
  }

  async verify(token: string): Promise<Principal> {
    this.jwks ??= createLocalJWKSet({ keys: [await this.issuer.publicJwk()] });
    const { payload, protectedHeader } = await jwtVerify(token, this.jwks, verifyOptions(DevIssuer.ISSUER));
    assertAccessToken(protectedHeader, payload);
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
    return new OidcTokenVerifier(env['OIDC_ISSUER'], env['OIDC_AUDIENCE'] ?? AUDIENCE, listOf(env['OIDC_CLIENT_IDS']));
  }
  if (devAsked && env['NODE_ENV'] === 'production')
    throw new Error('AUTH_MODE=dev is refused in production: tokens must come from the council identity provider (OIDC_ISSUER)');
  if (devAsked) return new DevTokenVerifier();
  throw new Error(
    'no token issuer is set: set OIDC_ISSUER (and OIDC_AUDIENCE) to the council identity provider, or AUTH_MODE=dev for development and tests only',
  );
}

const listOf = (value?: string) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
