import { CreditReversal, ESCALATION_STAGES, EscalationStage } from '@carers/contracts';
import { PolicySettings } from './escalation-policy';
import { KpiPicture } from './kpi-picture';

/** What the ladder knows of an open case. */
export interface CaseState {
  stage: EscalationStage;
  openedPeriod: string;
  /** The last month in breach the case has acted on. */
  actedOnPeriod: string;
  /** Months in breach since the board referral. */
  breachedMonthsAtBoard: number;
  /** Credits withheld on confirmed months: these count towards the board referral (ADR 0016). */
  creditsAccrued: number;
  /** Whose figure the case is on: the consortium's (the contract holder's) or a member's own. */
  attribution: 'member' | 'consortium';
  /** The case's credits by month and where each stands. */
  credits: readonly { period: string; status: CreditStatus }[];
  dueOn?: string;
  paused: boolean;
  planStatus?: 'requested' | 'submitted' | 'approved' | 'rejected' | 'failed' | 'completed';
  /** The first action of an approved plan still open, if any. */
  nextMilestoneOn?: string;
}

export type CreditStatus = 'accrued' | 'withheld' | 'reversed' | 'waived' | 'adjusted' | 'released' | 'retained';

export type Decision =
  | { kind: 'open'; stage: EscalationStage; period: string; cause: string }
  | { kind: 'move'; to: EscalationStage; cause: string }
  | { kind: 'acted-on'; period: string }
  /** A credit for the month: accrued on a provisional month (not payable yet), withheld on a confirmed one. */
  | { kind: 'accrue'; period: string; confirmed: boolean }
  | { kind: 'reverse'; period: string; reason: CreditReversal }
  | { kind: 'plan-failed'; cause: string }
  | { kind: 'close'; outcome: 'recovered' | 'withdrawn' };

export const stageIndex = (s: EscalationStage) => ESCALATION_STAGES.indexOf(s);
const atOrAbove = (s: EscalationStage, floor: EscalationStage) => stageIndex(s) >= stageIndex(floor);

/** The working days a stage gives before its deadline, if it has one. */
export function daysAllowed(stage: EscalationStage, policy: PolicySettings): number | undefined {
  switch (stage) {
    case 'amber-notice':
      return policy.commentaryDays;
    case 'review-meeting':
      return policy.reviewMeetingDays;
    case 'remedial-plan':
      return policy.planDraftDays;
    case 'improvement-notice':
      return policy.improvementNoticeDays;
    default:
      return undefined;
  }
}

/**
 * The escalation ladder as a pure function of a case, the KPI's months and the contract's policy (ADR 0009, ADR 0016).
 * `onKpiChange` runs whenever the performance service announces a value or breach; `onDeadline` when a case's
 * deadline has passed (never while paused). The caller carries out the decisions, in order.
 */
export class Ladder {
  constructor(private readonly policy: PolicySettings) {}

  onKpiChange(open: CaseState | undefined, kpi: KpiPicture): Decision[] {
    if (!kpi.latest) return [];
    if (!open) return this.opening(kpi);
    if (open.stage === 'amber-notice') return this.fromAmberNotice(open, kpi);
    if (this.hasRecovered(open, kpi)) return [{ kind: 'close', outcome: 'recovered' }];
    const provisional =
      this.chargesCredits(open) && atOrAbove(open.stage, 'service-credits')
        ? kpi
            .provisionallyBreachedAfter(open.actedOnPeriod)
            .filter((period) => !open.credits.some((c) => c.period === period))
            .map((period): Decision => ({ kind: 'accrue', period, confirmed: false }))
        : [];
    const confirmed = kpi
      .breachedMonthsAfter(open.actedOnPeriod)
      .flatMap((period) => [...this.persisting(open, period), { kind: 'acted-on', period } as Decision]);
    return [...this.reversals(open, kpi), ...provisional, ...confirmed];
  }

  /**
   * Early warning on live or provisional figures, formal steps on confirmed ones (ADR 0016): a confirmed breach
   * opens the case at the review meeting; a breach not yet confirmed, or an amber or red month once it has ended,
   * an amber notice.
   */
  private opening(kpi: KpiPicture): Decision[] {
    const formal = kpi.latestConfirmed;
    if (formal?.breached) return [{ kind: 'open', stage: 'review-meeting', period: formal.period, cause: 'kpi-breached' }];
    const latest = kpi.latest!;
    if (latest.breached) return [{ kind: 'open', stage: 'amber-notice', period: latest.period, cause: 'kpi-breach-unconfirmed' }];
    if ((latest.status === 'amber' || latest.status === 'red') && kpi.isComplete(latest.period))
      return [{ kind: 'open', stage: 'amber-notice', period: latest.period, cause: `kpi-${latest.status}` }];
    return [];
  }

  /** An amber notice moves to the review meeting on a confirmed breach; it closes once the last month ended green with no breach since it opened. */
  private fromAmberNotice(open: CaseState, kpi: KpiPicture): Decision[] {
    const breach = kpi.latestBreachedFrom(open.openedPeriod);
    if (breach)
      return [
        { kind: 'move', to: 'review-meeting', cause: 'kpi-breached' },
        { kind: 'acted-on', period: breach },
      ];
    if (kpi.latestComplete?.status === 'green' && !kpi.anyBreachFrom(open.openedPeriod)) return [{ kind: 'close', outcome: 'recovered' }];
    return [];
  }

  /** A credit accrued on a provisional month is reversed when the month, as closed, is not in breach: relief, an upheld dispute, or the final figures. */
  private reversals(open: CaseState, kpi: KpiPicture): Decision[] {
    return open.credits
      .filter((c) => c.status === 'accrued')
      .flatMap((c): Decision[] => {
        const m = kpi.month(c.period);
        return m?.closure && !m.breached ? [{ kind: 'reverse', period: c.period, reason: m.clearedBy ?? 'not-breached-when-closed' }] : [];
      });
  }

  /**
   * One contract, one charge (ADR 0016): with `chargeTo: 'contract-holder'` (the default) only the consortium's figure
   * costs money; a member's own case is for the lead's management and climbs no further than the improvement notice.
   */
  private chargesCredits(open: CaseState): boolean {
    return this.policy.chargeTo === 'each-provider' || open.attribution === 'consortium';
  }

  onDeadline(open: CaseState, kpi: KpiPicture): Decision[] {
    if (open.paused) return [];
    switch (open.stage) {
      case 'amber-notice':
        return [{ kind: 'move', to: 'review-meeting', cause: 'commentary-overdue' }];
      case 'remedial-plan':
        if (open.planStatus === 'approved')
          return [
            { kind: 'plan-failed', cause: 'milestone-missed' },
            { kind: 'move', to: 'improvement-notice', cause: 'milestone-missed' },
          ];
        if (open.planStatus === 'requested' || open.planStatus === 'rejected')
          return [
            { kind: 'plan-failed', cause: 'plan-overdue' },
            { kind: 'move', to: 'improvement-notice', cause: 'plan-overdue' },
          ];
        return [];
      case 'improvement-notice':
        if (!kpi.stillBreached(open.openedPeriod) || !this.chargesCredits(open)) return [];
        return [
          { kind: 'move', to: 'service-credits', cause: 'notice-not-complied' },
          { kind: 'accrue', period: kpi.latestBreachedFrom(open.openedPeriod)!, confirmed: true },
        ];
      default:
        return [];
    }
  }

  /**
   * Recovery is sustained and complete (issue 18): the policy's number of consecutive healthy completed months,
   * out of breach, and no remedial plan still awaiting a decision or with actions outstanding.
   */
  private hasRecovered(open: CaseState, kpi: KpiPicture): boolean {
    const actionsOutstanding = open.planStatus === 'submitted' || open.planStatus === 'approved';
    return (
      !actionsOutstanding &&
      kpi.consecutiveHealthyMonths(open.openedPeriod) >= this.policy.recoveryMonths &&
      !kpi.stillBreached(open.openedPeriod)
    );
  }

  /** A further month in breach while the case is open. */
  private persisting(open: CaseState, period: string): Decision[] {
    if (open.stage === 'review-meeting') return [{ kind: 'move', to: 'remedial-plan', cause: 'breach-persisted' }];
    if (!this.chargesCredits(open)) return [];
    const accrue: Decision = { kind: 'accrue', period, confirmed: true };
    if (open.stage === 'service-credits') {
      return open.creditsAccrued + 1 >= this.policy.creditsBeforeBoard
        ? [accrue, { kind: 'move', to: 'board-referral', cause: 'credits-accrued' }]
        : [accrue];
    }
    if (open.stage === 'board-referral') {
      return open.breachedMonthsAtBoard + 1 >= this.policy.breachedMonthsBeforeRemedy
        ? [accrue, { kind: 'move', to: 'contract-remedy', cause: 'breach-persisted-at-board' }]
        : [accrue];
    }
    if (atOrAbove(open.stage, 'contract-remedy')) return [accrue];
    return [];
  }

  /** After a rejected plan: another cycle, or the board when the contract's cycles are used up. */
  afterRejection(rejectedSoFar: number): Decision[] {
    return rejectedSoFar >= this.policy.maxRejectedPlans
      ? [
          { kind: 'plan-failed', cause: 'plans-rejected' },
          { kind: 'move', to: 'board-referral', cause: 'plans-rejected' },
        ]
      : [];
  }
}
