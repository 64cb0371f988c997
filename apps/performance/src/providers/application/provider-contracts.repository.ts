import { ProviderRole } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';

export const PROVIDER_CONTRACTS = Symbol('ProviderContractsRepository');

/** A provider's contract with the council of the transaction: it delivers in that council's consortium, in a role. */
export interface ProviderContract {
  providerId: string;
  name: string;
  consortiumId: string;
  role: ProviderRole;
  active: boolean;
}

export interface ProviderContractsRepository {
  consortiumExists(tx: Tx, consortiumId: string): Promise<boolean>;
  get(tx: Tx, providerId: string): Promise<ProviderContract | undefined>;
  save(tx: Tx, contract: ProviderContract): Promise<void>;
  list(tx: Tx): Promise<ProviderContract[]>;
}
