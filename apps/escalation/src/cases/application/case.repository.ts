import { EscalationStage } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { PerformanceCase } from '../domain/performance-case';

export interface NewCase {
  id: string;
  providerId: string;
  kpiId: string;
  stage: EscalationStage;
  period: string;
  openedOn: string;
  dueOn?: string;
  policyVersion: number;
  attribution: PerformanceCase['attribution'];
}

/** What a use case may change on a case; `null` clears a date. */
export interface CaseChanges {
  stage?: EscalationStage;
  stageEnteredOn?: string;
  dueOn?: string | null;
  policyVersion?: number;
  actedOnPeriod?: string;
  breachedMonthsAtBoard?: number;
  creditsAccrued?: number;
  status?: PerformanceCase['status'];
  outcome?: 'recovered' | 'withdrawn';
  closedOn?: string;
  pausedOn?: string | null;
  commentary?: string;
  reviewMeetingOn?: string;
}

/** One entry of a case's history: every change of a case is one. */
export interface Transition {
  action: string;
  from?: EscalationStage | null;
  to?: EscalationStage | null;
  cause: string;
  actor: string;
  reason?: string;
  policyVersion: number;
  /** Records what the ladder saw of the KPI (its latest month) with the entry. */
  withKpi?: boolean;
}

/** Cases and their history. Reads for a change lock the case (FOR UPDATE). */
export abstract class CaseRepository {
  abstract liveFor(tx: Tx, providerId: string, kpiId: string): Promise<PerformanceCase | undefined>;
  abstract byId(tx: Tx, id: string): Promise<PerformanceCase | undefined>;
  /** Open cases whose deadline has passed, claimed so that two replicas never act on the same one. */
  abstract claimOverdue(tx: Tx, today: string, limit: number): Promise<PerformanceCase[]>;
  /** Live cases past the amber notice, and months just ended out of tolerance with no case yet (their amber notice is due). */
  abstract toReview(tx: Tx, today: string): Promise<{ providerId: string; kpiId: string }[]>;
  abstract open(tx: Tx, c: NewCase): Promise<void>;
  abstract update(tx: Tx, id: string, changes: CaseChanges): Promise<void>;
  abstract record(tx: Tx, caseId: string, onDay: string, t: Transition): Promise<void>;
}
