import { Carer } from './carer';
import { CarerNotFoundError } from './carer.errors';

/** Who may see which carers: a council officer all of the council's; a provider worker only its provider's. */
export interface CarerScope {
  tenantId: string;
  providerId?: string;
}

/** Whether the caller may know of the carer at all. */
export function isInScope(scope: CarerScope, carer: Carer): boolean {
  return !scope.providerId || carer.details.providerId === scope.providerId;
}

/** The carer, if the caller may see it: another provider's carer answers exactly as one that does not exist. */
export function carerInScope(scope: CarerScope, id: string, carer: Carer | undefined): Carer {
  if (!carer || !isInScope(scope, carer)) throw new CarerNotFoundError(id);
  return carer;
}
