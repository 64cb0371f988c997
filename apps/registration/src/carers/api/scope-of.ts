import { Principal } from '@carers/platform/auth';
import { CarerScope } from '../application/get-carer.query';

/** A council officer sees every carer of the council; a provider worker only its own provider's. */
export function scopeOf(who: Principal): CarerScope {
  return who.roles.includes('council-officer') ? { tenantId: who.tenantId } : { tenantId: who.tenantId, providerId: who.providerId };
}
