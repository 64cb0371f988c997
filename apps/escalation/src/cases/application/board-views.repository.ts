import { EscalationStage } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { PlanStatus, RemedialPlan } from '../domain/remedial-plan';

export interface CaseFilter {
  providerId?: string;
  stage?: string;
  status?: 'live' | 'closed';
}

export interface CaseView {
  id: string;
  providerId: string;
  kpiId: string;
  stage: EscalationStage;
  status: 'open' | 'paused' | 'closed';
  openedPeriod: string;
  openedOn: string;
  stageEnteredOn: string;
  dueOn: string | null;
  ageDays: number;
  overdue: boolean;
  creditsAccrued: number;
  policyVersion: number;
  outcome: string | null;
  closedOn: string | null;
}

export interface TransitionView {
  at: string;
  onDay: string;
  action: string;
  from: EscalationStage | null;
  to: EscalationStage | null;
  cause: string;
  actor: string;
  reason: string | null;
  kpi: Record<string, unknown> | null;
  policyVersion: number;
}

export interface PlanView extends Pick<RemedialPlan, 'id' | 'cycle' | 'status' | 'actions'> {
  requestedOn: string;
  dueOn: string | null;
  submittedOn: string | null;
  decisionReason: string | null;
}

export interface CreditView {
  id: string;
  caseId: string;
  providerId: string;
  kpiId: string;
  period: string;
  financialYear: string;
  amountPence: number;
  originalPence: number;
  uncappedPence: number;
  status: string;
  accruedOn: string;
  adjustmentReason: string | null;
  withheldOn: string | null;
  reversedOn: string | null;
  reversalReason: string | null;
  /** When a withheld credit was released or retained for good, and why (ADR 0018). */
  settledOn: string | null;
  settlementReason: string | null;
  /** How the credit was priced: the policy's fixed sum or the contract's schedule (ADR 0018). */
  basis: string;
}

export interface CaseDetail extends CaseView {
  commentary: string | null;
  reviewMeetingOn: string | null;
  transitions: TransitionView[];
  plans: PlanView[];
  credits: CreditView[];
}

export interface PlanDue {
  id: string;
  caseId: string;
  providerId: string;
  kpiId: string;
  cycle: number;
  status: PlanStatus;
  dueOn: string | null;
  overdue: boolean | null;
}

/**
 * A provider's credits for a financial year, to the penny: `accruedPence` = net + pending + reversed + released +
 * waived or adjusted (ADR 0016, ADR 0018).
 */
export interface CreditTotal {
  providerId: string;
  financialYear: string;
  /** Kept from the contract's payment: withheld (not yet settled) or retained, after waivers and adjustments. */
  netPence: number;
  /** The part of `netPence` retained for good. */
  retainedPence: number;
  /** Withheld, then released back to the provider. */
  releasedPence: number;
  accruedPence: number;
  waivedOrAdjustedPence: number;
  /** Accrued on months not yet confirmed. */
  pendingPence: number;
  /** Accrued, then cleared before confirmation. */
  reversedPence: number;
}

export interface AlertView {
  id: string;
  kind: string;
  caseId: string;
  providerId: string;
  kpiId: string;
  stage: EscalationStage;
  summary: string;
  raisedAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
}

/** What the board, officers and providers read. `providerId` narrows every read to one provider's cases. */
export abstract class BoardViews {
  abstract cases(tx: Tx, f: CaseFilter, today: string): Promise<CaseView[]>;
  abstract caseDetail(tx: Tx, id: string, today: string): Promise<CaseDetail | undefined>;
  abstract plansDue(tx: Tx, providerId: string | undefined, today: string): Promise<PlanDue[]>;
  abstract credits(tx: Tx, providerId: string | undefined): Promise<{ entries: CreditView[]; totals: CreditTotal[] }>;
  abstract alerts(tx: Tx, unacknowledgedOnly: boolean): Promise<AlertView[]>;
}
