import { Tx } from '@carers/platform/persistence';
import { ProviderContract } from '../domain/provider-contract';

/** The council's contracts with its providers. */
export abstract class ProviderContractsRepository {
  abstract consortiumExists(tx: Tx, consortiumId: string): Promise<boolean>;
  /** The provider's contract, held until the transaction ends. */
  abstract get(tx: Tx, providerId: string): Promise<ProviderContract | undefined>;
  abstract save(tx: Tx, contract: ProviderContract): Promise<void>;
  abstract list(tx: Tx): Promise<ProviderContract[]>;
}
