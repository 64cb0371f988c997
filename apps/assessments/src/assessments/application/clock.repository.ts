import { ClockKind } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { Assessment } from '../domain/assessment';
import { ClockSpan } from '../domain/timescales';

export interface DueClock {
  clockId: string;
  assessmentId: string;
  carerId: string;
  providerId?: string;
  kind: ClockKind;
  startedOn: string;
  dueOn: string;
  pausedDays: number;
  /** What came due: the 75% warning, or the deadline itself. */
  event: 'warning' | 'overdue';
}

export interface RunningClock {
  kind: ClockKind;
  startedOn: string;
  warnOn: string;
  dueOn: string;
  pausedSince?: string;
  pauseReason?: string;
  pausedDays: number;
  stoppedOn?: string;
}

/** The clocks an assessment runs once (a review clock restarts each cycle, so its past stops are never moved). */
export type OnceOnlyClockKind = Extract<ClockKind, 'first-contact' | 'commenced' | 'fast-track-commenced'>;

/** A clock not yet stopped, locked (FOR UPDATE) for the transaction that read it. */
export interface HeldClock extends ClockSpan {
  id: string;
  pausedSince?: string;
}

/** The timescales running for each assessment, per each council's policy and bank holidays. */
export abstract class ClockRepository {
  abstract start(tx: Tx, assessment: Assessment, kind: ClockKind, startedOn: string): Promise<void>;
  abstract stop(tx: Tx, assessmentId: string, kinds: ClockKind[], on: string): Promise<void>;
  /**
   * Stops the assessment's once-only clocks of these kinds on this day at the latest: a running one stops on it, one
   * stopped later moves back to it, as the earliest date a provider reports wins (issue 19).
   */
  abstract stopBy(tx: Tx, assessmentId: string, kinds: OnceOnlyClockKind[], on: string): Promise<void>;
  /** The assessment's clock of this kind not yet stopped, if it is running (or paused), locked for this transaction. */
  abstract held(tx: Tx, assessmentId: string, kind: ClockKind, state: 'running' | 'paused'): Promise<HeldClock | undefined>;
  abstract pause(tx: Tx, clockId: string, on: string, reason: string): Promise<void>;
  /** Ends the pause: the days paused are added to the clock's, and its warning and deadline move to the days given. */
  abstract resume(tx: Tx, clockId: string, moved: { pausedDays: number; warnOn: string; dueOn: string }): Promise<void>;
  abstract forAssessment(tx: Tx, assessmentId: string): Promise<RunningClock[]>;
  abstract dueOn(tx: Tx, assessmentId: string, kind: ClockKind): Promise<string | undefined>;
  /** Clocks whose warning or deadline has come and not yet been announced; locked (SKIP LOCKED) for this transaction. */
  abstract claimDue(tx: Tx, today: string, limit: number): Promise<DueClock[]>;
  abstract markSent(tx: Tx, clockId: string, event: 'warning' | 'overdue', on: string): Promise<void>;
}
