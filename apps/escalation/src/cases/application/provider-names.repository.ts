import { Tx } from '@carers/platform/persistence';

/** Providers and consortia as people know them (issue 18), from the provider registry and the contracts' register. */
export abstract class ProviderNamesRepository {
  /** The organisation's name, if the registry or a contract has given it. */
  abstract nameOf(tx: Tx, providerId: string): Promise<string | undefined>;
}
