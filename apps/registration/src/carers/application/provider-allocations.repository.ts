import { Tx } from '@carers/platform/persistence';

export interface Allocation {
  providerId: string;
  fromOn: string;
  toOn?: string;
  reason?: string;
  allocatedBy: string;
}

/** The history of which consortium member supported a carer, newest last. */
export abstract class ProviderAllocations {
  abstract open(tx: Tx, carerId: string, allocation: Allocation): Promise<void>;
  abstract openMany(tx: Tx, allocations: (Allocation & { carerId: string })[]): Promise<void>;
  /** Ends the current allocation the day before `on` and opens the next from `on`. */
  abstract move(tx: Tx, carerId: string, allocation: Allocation): Promise<void>;
  abstract history(tx: Tx, carerId: string): Promise<Allocation[]>;
}
