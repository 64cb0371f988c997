import { JWTPayload } from 'jose';
import { PROVIDER_ID } from '@carers/contracts';
import { Principal, Role, ROLES } from './roles';

export const AUDIENCE = 'carers-platform';
const GSS_CODE = /^E0[6-9]\d{6}$/;

export class InvalidTokenError extends Error {}

/**
 * Turns verified JWT claims into a principal, refusing tokens that lack a council or a provider id. A provider id,
 * whoever carries it, is a provider's id or the token is refused (issue 21, finding 2): a blank or malformed one
 * never reads as "no provider", which every scope check would take for council-wide.
 */
export function principalFromClaims(claims: JWTPayload): Principal {
  const roles = Array.isArray(claims['roles']) ? (claims['roles'] as unknown[]).filter((r): r is Role => ROLES.includes(r as Role)) : [];
  const tenantId = claims['tenant'];
  const providerId = claims['providerId'];
  if (!claims.sub) throw new InvalidTokenError('token has no subject');
  if (roles.length === 0) throw new InvalidTokenError(`token carries none of the roles ${ROLES.join(', ')}`);
  if (typeof tenantId !== 'string' || !GSS_CODE.test(tenantId))
    throw new InvalidTokenError('token has no council GSS code in its tenant claim');
  if (roles.includes('provider-worker') && providerId === undefined)
    throw new InvalidTokenError('a provider-worker token needs a providerId claim');
  if (providerId !== undefined && (typeof providerId !== 'string' || !PROVIDER_ID.test(providerId)))
    throw new InvalidTokenError("the token's providerId claim is not a provider id");
  return {
    subject: claims.sub,
    roles,
    tenantId,
    providerId: typeof providerId === 'string' ? providerId : undefined,
    ...(typeof claims.exp === 'number' ? { expiresAt: new Date(claims.exp * 1000) } : {}),
  };
}
