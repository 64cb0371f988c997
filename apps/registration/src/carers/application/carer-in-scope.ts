import { Tx } from '@carers/platform/persistence';
import { Carer } from '../domain/carer';
import { CarerRepository } from './carer.repository';
import { CarerNotFoundError, CarerScope } from './get-carer.query';

/** The carer, if the caller may see it: another provider's carer answers exactly as one that does not exist. */
export async function carerInScope(tx: Tx, carers: CarerRepository, scope: CarerScope, id: string, forUpdate = false): Promise<Carer> {
  const carer = await carers.get(tx, id, forUpdate);
  if (!carer || (scope.providerId && carer.details.providerId !== scope.providerId)) throw new CarerNotFoundError(id);
  return carer;
}
