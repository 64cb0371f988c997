import { reaches, Scope } from '@carers/contracts';
import { Carer } from './carer';
import { CarerNotFoundError } from './carer.errors';

/** Whether the caller may know of the carer at all. */
export function isInScope(scope: Scope, carer: Carer): boolean {
  return reaches(scope, carer.details.providerId);
}

/** The carer, if the caller may see it: another provider's carer answers exactly as one that does not exist. */
export function carerInScope(scope: Scope, id: string, carer: Carer | undefined): Carer {
  if (!carer || !isInScope(scope, carer)) throw new CarerNotFoundError(id);
  return carer;
}
