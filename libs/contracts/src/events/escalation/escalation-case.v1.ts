import { IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Min } from 'class-validator';
import { Topics } from '../../topics/topic-registry';

/** The ladder's stages, lowest first (domain brief 3.3 and feature 11). */
export const ESCALATION_STAGES = [
  'amber-notice',
  'review-meeting',
  'remedial-plan',
  'improvement-notice',
  'service-credits',
  'board-referral',
  'contract-remedy',
] as const;
export type EscalationStage = (typeof ESCALATION_STAGES)[number];
export const CASE_OUTCOMES = ['recovered', 'withdrawn', 'referred-for-contract-remedy'] as const;
export const RELIEF_KINDS = ['referral-surge', 'system-outage', 'force-majeure', 'council-caused', 'other'] as const;
/** Why a case's clock stopped: a relief event an officer recorded, or the provider's dispute of a notice (ADR 0026). */
export const PAUSE_GROUNDS = [...RELIEF_KINDS, 'notice-disputed'] as const;
export const PLAN_STATUSES = ['requested', 'submitted', 'approved', 'rejected', 'failed', 'completed'] as const;
export const MOVED_BY = ['ladder', 'council-officer'] as const;
/** Why a credit accrued on a provisional month was reversed (ADR 0016): relief, an upheld dispute, or the month's final figures. */
export const CREDIT_REVERSALS = ['relief', 'dispute-upheld', 'not-breached-when-closed'] as const;
export type CreditReversal = (typeof CREDIT_REVERSALS)[number];
/** What becomes of a withheld credit for good (ADR 0018): paid back to the provider, or kept from the contract's payment. */
export const CREDIT_SETTLEMENTS = ['released', 'retained'] as const;
export type CreditSettlement = (typeof CREDIT_SETTLEMENTS)[number];

const PROVIDER = /^[a-z0-9-]{2,40}$/;
const KPI = /^[a-z0-9-]{2,60}$/;
const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = { strict: true } as const;

class CaseFacts {
  @IsUUID() caseId!: string;
  @Matches(PROVIDER) providerId!: string;
  @Matches(KPI) kpiId!: string;
}

export class EscalationCaseOpened extends CaseFacts {
  static readonly type = 'escalation.case.opened';
  static readonly topic = Topics.escalationCase;
  static readonly description = 'A performance case was opened for a provider and KPI (amber notice or breach).';

  @IsIn(ESCALATION_STAGES) stage!: EscalationStage;
  @Matches(PERIOD) period!: string;
  @IsInt() @Min(1) policyVersion!: number;
  @IsOptional() @IsISO8601(DAY) dueOn?: string;
}

export class EscalationStageChanged extends CaseFacts {
  static readonly type = 'escalation.case.stage-changed';
  static readonly topic = Topics.escalationCase;
  static readonly description = 'A case moved up or down the ladder: by the ladder (a rule, a missed deadline) or by a council officer.';

  @IsIn(ESCALATION_STAGES) from!: EscalationStage;
  @IsIn(ESCALATION_STAGES) to!: EscalationStage;
  @IsIn(MOVED_BY) movedBy!: string;
  @Matches(/^[a-z-]{2,60}$/) cause!: string;
  @IsInt() @Min(1) policyVersion!: number;
  @IsOptional() @IsISO8601(DAY) dueOn?: string;
}

export class EscalationCasePaused extends CaseFacts {
  static readonly type = 'escalation.case.paused';
  static readonly topic = Topics.escalationCase;
  static readonly description = "A case's timers stopped: a council officer recorded a relief event, or the provider disputed a notice.";

  @IsIn(PAUSE_GROUNDS) relief!: string;
}

export class EscalationCaseResumed extends CaseFacts {
  static readonly type = 'escalation.case.resumed';
  static readonly topic = Topics.escalationCase;
  static readonly description = "A paused case's timers run again; its deadline moved by the working days it was paused.";

  @IsOptional() @IsISO8601(DAY) dueOn?: string;
}

export class EscalationCaseClosed extends CaseFacts {
  static readonly type = 'escalation.case.closed';
  static readonly topic = Topics.escalationCase;
  static readonly description = 'A case closed with its outcome; credits stop accruing.';

  @IsIn(CASE_OUTCOMES) outcome!: string;
  @IsIn(ESCALATION_STAGES) lastStage!: EscalationStage;
  @IsISO8601(DAY) closedOn!: string;
}

export class ServiceCreditAccrued extends CaseFacts {
  static readonly type = 'escalation.credit.accrued';
  static readonly topic = Topics.escalationCase;
  static readonly description =
    "A service credit accrued for a month in breach, after the contract's caps: withheld once the month is confirmed, reversed if it is cleared (ADR 0016).";

  @IsUUID() creditId!: string;
  @Matches(PERIOD) period!: string;
  @IsInt() @Min(0) amountPence!: number;
  @IsInt() @Min(0) uncappedPence!: number;
}

export class ServiceCreditWithheld extends CaseFacts {
  static readonly type = 'escalation.credit.withheld';
  static readonly topic = Topics.escalationCase;
  static readonly description =
    "The credit's month was confirmed in breach: the credit is withheld from the contract's payment (ADR 0016).";

  @IsUUID() creditId!: string;
  @Matches(PERIOD) period!: string;
  @IsInt() @Min(0) amountPence!: number;
}

export class ServiceCreditReversed extends CaseFacts {
  static readonly type = 'escalation.credit.reversed';
  static readonly topic = Topics.escalationCase;
  static readonly description =
    "The credit's month was cleared before it was confirmed (relief, an upheld dispute, or its final figures): the credit is reversed (ADR 0016).";

  @IsUUID() creditId!: string;
  @Matches(PERIOD) period!: string;
  @IsInt() @Min(0) amountPence!: number;
  @IsIn(CREDIT_REVERSALS) reason!: CreditReversal;
}

export class ServiceCreditSettled extends CaseFacts {
  static readonly type = 'escalation.credit.settled';
  static readonly topic = Topics.escalationCase;
  static readonly description =
    'A withheld credit was settled for good: released (paid back to the provider) or retained (kept from the payment), by a council officer or on the case closing (ADR 0018).';

  @IsUUID() creditId!: string;
  @Matches(PERIOD) period!: string;
  @IsInt() @Min(0) amountPence!: number;
  @IsIn(CREDIT_SETTLEMENTS) settlement!: CreditSettlement;
}

export class ServiceCreditAdjusted extends CaseFacts {
  static readonly type = 'escalation.credit.adjusted';
  static readonly topic = Topics.escalationCase;
  static readonly description = 'A council officer waived or changed a service credit, with a reason kept by the escalation service.';

  @IsUUID() creditId!: string;
  @IsInt() @Min(0) fromPence!: number;
  @IsInt() @Min(0) toPence!: number;
}

export class RemedialPlanStatusChanged extends CaseFacts {
  static readonly type = 'escalation.remedial-plan.status-changed';
  static readonly topic = Topics.escalationCase;
  static readonly description = 'A remedial action plan was requested, submitted, approved, rejected, failed or completed.';

  @IsUUID() planId!: string;
  @IsInt() @Min(1) cycle!: number;
  @IsIn(PLAN_STATUSES) status!: string;
  @IsOptional() @IsISO8601(DAY) dueOn?: string;
}

/**
 * The formal notices the ladder serves (issue 18, ADR 0026): a Contract Performance Notice on the first confirmed
 * breach (NHS Standard Contract GC9), an improvement notice when a remedial plan fails, and an exception report to
 * the provider's board when the case is referred to the council's board.
 */
export const NOTICE_KINDS = ['contract-performance-notice', 'improvement-notice', 'exception-report'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
/** A provider's answer to a notice: it accepts it, or disputes it with its grounds. */
export const NOTICE_ANSWERS = ['accept', 'dispute'] as const;
export type NoticeAnswer = (typeof NOTICE_ANSWERS)[number];
/** An officer's decision on a disputed notice: upheld withdraws the notice and what it began; rejected lets it stand. */
export const NOTICE_DISPUTE_OUTCOMES = ['upheld', 'rejected'] as const;
export type NoticeDisputeOutcome = (typeof NOTICE_DISPUTE_OUTCOMES)[number];

class NoticeFacts extends CaseFacts {
  @IsUUID() noticeId!: string;
  @IsIn(NOTICE_KINDS) kind!: NoticeKind;
}

export class EscalationNoticeServed extends NoticeFacts {
  static readonly type = 'escalation.notice.served';
  static readonly topic = Topics.escalationCase;
  static readonly description = 'A formal notice was served on the provider, with the day by which it may accept or dispute it.';

  @IsISO8601(DAY) servedOn!: string;
  @IsISO8601(DAY) respondBy!: string;
  @IsInt() @Min(1) policyVersion!: number;
}

export class EscalationNoticeAnswered extends NoticeFacts {
  static readonly type = 'escalation.notice.answered';
  static readonly topic = Topics.escalationCase;
  static readonly description =
    "The provider accepted or disputed a notice; a dispute pauses the case's clock until an officer decides. Grounds stay in escalation.";

  @IsIn(NOTICE_ANSWERS) answer!: NoticeAnswer;
  @IsISO8601(DAY) answeredOn!: string;
}

export class EscalationNoticeDisputeDecided extends NoticeFacts {
  static readonly type = 'escalation.notice.dispute-decided';
  static readonly topic = Topics.escalationCase;
  static readonly description =
    "An officer decided a disputed notice: upheld withdraws it, rejected lets it stand. The officer's reasons stay in escalation.";

  @IsIn(NOTICE_DISPUTE_OUTCOMES) outcome!: NoticeDisputeOutcome;
  @IsISO8601(DAY) decidedOn!: string;
}
