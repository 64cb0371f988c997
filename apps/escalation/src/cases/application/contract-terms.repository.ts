import { Tx } from '@carers/platform/persistence';
import { ContractTerms } from '../domain/credits';

export interface RecordedTerms extends ContractTerms {
  contractId: string;
  consortiumId: string;
  consortiumOrganisation: string;
  startsOn: string;
  endsOn: string;
  recordedAt: string;
}

/** The contracts' terms as performance announces them (ADR 0018): what a month's credit is priced on. */
export abstract class ContractTermsRepository {
  /** The latest record wins: one that arrives late (older than what is kept) changes nothing. */
  abstract record(tx: Tx, terms: RecordedTerms): Promise<void>;
  /** The contract the holder held for the month, if one is known. */
  abstract forHolder(tx: Tx, consortiumId: string, period: string): Promise<ContractTerms | undefined>;
  /** The reference of the contract the holder held on the day, for the notices served under it. */
  abstract contractIdOn(tx: Tx, consortiumId: string, day: string): Promise<string | undefined>;
}
