import { Tx } from '@carers/platform/persistence';

/** A provider's figure for one measure and month, as its return gave it. */
export interface MonthlyReturn {
  providerId: string;
  period: string;
  measure: string;
  value: number;
  responses: number;
}

/** Providers' monthly returns, and the providers that may make them. */
export abstract class MonthlyReturnRepository {
  abstract providerExists(tx: Tx, providerId: string): Promise<boolean>;
  /** Keeps the return, replacing an earlier one for the same provider, month and measure. */
  abstract save(tx: Tx, r: MonthlyReturn, receivedOn: string, late: boolean): Promise<void>;
}
