import { Tx } from '@carers/platform/persistence';
import { Carer } from '../domain/carer';

export const CARERS = Symbol('CarerRepository');

export interface CarerRepository {
  add(tx: Tx, carer: Carer): Promise<void>;
  get(tx: Tx, id: string): Promise<Carer | undefined>;
}
