import { Tx } from '@carers/platform/persistence';
import { PackEntry } from '../domain/month-pack';
import { ClosedValue, ClosePolicy, Dispute, PeriodState, Relief } from '../domain/period';

/** The council's month close: each month's state, its frozen values, disputes and relief. */
export abstract class MonthCloseRepository {
  abstract policy(tx: Tx): Promise<ClosePolicy>;
  /** Where the month stands; open when it has not been closed. */
  abstract state(tx: Tx, period: string): Promise<PeriodState>;
  /**
   * The month's state, read under a lock on the council's month held until the transaction ends (issue 18): every
   * change to a month's closure, relief or disputes takes it first, so a freeze, a confirmation, relief and a
   * dispute of one month happen one after another, never interleaved.
   */
  abstract stateForChange(tx: Tx, period: string): Promise<PeriodState>;
  /** The months before `month` that have values and have not been closed, oldest first. */
  abstract unclosedBefore(tx: Tx, month: string): Promise<string[]>;
  abstract markProvisional(tx: Tx, period: string, on: string, disputeDays: number): Promise<void>;
  /** Copies the month's live values (one KPI of one provider's only, when given) into its frozen values. */
  abstract freeze(tx: Tx, period: string, only?: { kpiId: string; providerId: string }): Promise<void>;
  /** Records that an upheld dispute cleared the breach of the frozen figure (ADR 0016). */
  abstract markClearedByDispute(tx: Tx, period: string, figure: { kpiId: string; providerId: string }): Promise<void>;
  /** The month's frozen values (one KPI of one provider's only, when given), by provider and KPI. */
  abstract closedValues(tx: Tx, period: string, only?: { kpiId: string; providerId: string }): Promise<ClosedValue[]>;
  /** Confirms, on `today`, every provisional month whose window has ended with no dispute open, each under its month's lock; answers those months, oldest first. */
  abstract confirmDue(tx: Tx, today: string): Promise<string[]>;
  abstract confirm(tx: Tx, period: string, on: string, by: string): Promise<void>;
  abstract addDispute(tx: Tx, dispute: Dispute): Promise<void>;
  /** The dispute, held until the transaction ends. */
  abstract disputeForUpdate(tx: Tx, id: string): Promise<Dispute | undefined>;
  abstract decideDispute(tx: Tx, id: string, outcome: 'upheld' | 'rejected', reason: string, by: string): Promise<void>;
  abstract openDisputes(tx: Tx, period: string): Promise<number>;
  abstract addRelief(tx: Tx, relief: Relief & { id: string; period: string; recordedBy: string }): Promise<void>;
  abstract reliefs(tx: Tx, period: string): Promise<Relief[]>;
  /** Every KPI value of these months, frozen where the month closed, live otherwise; consortium first, then by provider, KPI and month. */
  abstract packEntries(tx: Tx, months: string[]): Promise<PackEntry[]>;
}
