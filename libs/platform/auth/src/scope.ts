import { UnauthorizedException } from '@nestjs/common';
import { Scope } from '@carers/contracts';
import { Principal } from './roles';

export { councilScope, providerOf, reaches, Scope } from '@carers/contracts';

/**
 * A verified caller's scope, the one rule every service applies (issue 21, finding 2): a council officer, and the
 * council's other roles, reach all of the council's records (each route's roles narrow which); anyone carrying a
 * provider id who is not a council officer only that provider's. A provider worker without one reaches nothing.
 */
export function scopeOf(who: Principal): Scope {
  if (who.roles.includes('council-officer')) return { kind: 'council', tenantId: who.tenantId };
  if (who.providerId) return { kind: 'provider', tenantId: who.tenantId, providerId: who.providerId };
  if (who.roles.includes('provider-worker')) throw new UnauthorizedException('A provider worker needs a provider id.');
  return { kind: 'council', tenantId: who.tenantId };
}
