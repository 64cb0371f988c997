import { Principal } from '@carers/platform/auth';
import { CarerScope } from '../domain/carer-scope';

/** The carers a request may reach: a council officer every carer of the council; a provider worker only its own provider's. */
export function scopeOf(who: Principal): CarerScope {
  return who.roles.includes('council-officer') ? { tenantId: who.tenantId } : { tenantId: who.tenantId, providerId: who.providerId };
}
