import { JWTPayload } from 'jose';
import { Principal, Role, ROLES } from './roles';

export const AUDIENCE = 'carers-platform';
const GSS_CODE = /^E0[6-9]\d{6}$/;

export class InvalidTokenError extends Error {}

/** Turns verified JWT claims into a principal, refusing tokens that lack a council or a provider id. */
export function principalFromClaims(claims: JWTPayload): Principal {
  const roles = Array.isArray(claims['roles']) ? (claims['roles'] as unknown[]).filter((r): r is Role => ROLES.includes(r as Role)) : [];
  const tenantId = claims['tenant'];
  const providerId = claims['providerId'];
  if (!claims.sub) throw new InvalidTokenError('token has no subject');
  if (roles.length === 0) throw new InvalidTokenError(`token carries none of the roles ${ROLES.join(', ')}`);
  if (typeof tenantId !== 'string' || !GSS_CODE.test(tenantId))
    throw new InvalidTokenError('token has no council GSS code in its tenant claim');
  if (roles.includes('provider-worker') && typeof providerId !== 'string')
    throw new InvalidTokenError('a provider-worker token needs a providerId claim');
  return { subject: claims.sub, roles, tenantId, providerId: typeof providerId === 'string' ? providerId : undefined };
}
