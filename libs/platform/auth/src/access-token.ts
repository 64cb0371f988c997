import { JWTVerifyOptions, ProtectedHeaderParameters, JWTPayload } from 'jose';
import { AUDIENCE, InvalidTokenError } from './token-claims';

/**
 * What a bearer token must be before its claims are read (issue 21, finding 8; OWASP ASVS 5.0 V9): signed with one
 * of these asymmetric algorithms only (never `none` or an HMAC a public key could be fed to), with a subject, an
 * issue time and an expiry, allowing 30 s of clock skew between the issuer and the service.
 */
export const ACCEPTED_ALGORITHMS = ['ES256', 'ES384', 'RS256', 'PS256'] as const;
export const CLOCK_TOLERANCE_SECONDS = 30;

export function verifyOptions(issuer: string, audience = AUDIENCE): JWTVerifyOptions {
  return {
    issuer,
    audience,
    algorithms: [...ACCEPTED_ALGORITHMS],
    requiredClaims: ['exp', 'iat', 'sub'],
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  };
}

const ACCESS_TOKEN_TYPES = new Set(['at+jwt', 'application/at+jwt']);
const ID_TOKEN_ONLY_CLAIMS = ['nonce', 'at_hash', 'c_hash'];

/**
 * An access token, never an ID token (RFC 9068 s2.1 and s4; OpenID Connect Core s2): typed `at+jwt`, or else naming
 * the client it was issued to (`client_id`, or Keycloak's `azp`) and carrying none of the claims only ID tokens carry.
 * When the council lists its clients (OIDC_CLIENT_IDS), the token's client must be one of them.
 */
export function assertAccessToken(header: ProtectedHeaderParameters, claims: JWTPayload, clients?: readonly string[]): void {
  const typed = typeof header.typ === 'string' && ACCESS_TOKEN_TYPES.has(header.typ.toLowerCase());
  const client =
    typeof claims['client_id'] === 'string' ? claims['client_id'] : typeof claims['azp'] === 'string' ? claims['azp'] : undefined;
  if (!typed) {
    if (!client) throw new InvalidTokenError('not an access token: neither typed at+jwt nor naming its client');
    if (ID_TOKEN_ONLY_CLAIMS.some((claim) => claim in claims) || claims['typ'] === 'ID')
      throw new InvalidTokenError('an ID token is not an access token');
  }
  if (clients?.length && (!client || !clients.includes(client)))
    throw new InvalidTokenError('the token was issued to a client this platform does not list in OIDC_CLIENT_IDS');
}
