import { ESCALATION_STAGES, EscalationStage } from '@carers/contracts';
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
  creditsAccrued: number;
  dueOn?: string;
  paused: boolean;
  planStatus?: 'requested' | 'submitted' | 'approved' | 'rejected' | 'failed' | 'completed';
  /** The first action of an approved plan still open, if any. */
  nextMilestoneOn?: string;
}

export type Decision =
  | { kind: 'open'; stage: EscalationStage; period: string; cause: string }
  | { kind: 'move'; to: EscalationStage; cause: string }
  | { kind: 'acted-on'; period: string }
  | { kind: 'accrue'; period: string }
  | { kind: 'plan-failed'; cause: string }
  | { kind: 'close'; outcome: 'recovered' };

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
 * The escalation ladder as a pure function of a case, the KPI's months and the contract's policy.
 * `onKpiChange` runs whenever the performance service announces a value or breach; `onDeadline` when a case's
 * deadline has passed (never while paused). The caller carries out the decisions, in order.
 */
export class Ladder {
  constructor(private readonly policy: PolicySettings) {}

  onKpiChange(open: CaseState | undefined, kpi: KpiPicture): Decision[] {
    const latest = kpi.latest;
    if (!latest) return [];
    if (!open) {
      if (latest.breached) return [{ kind: 'open', stage: 'review-meeting', period: latest.period, cause: 'kpi-breached' }];
      // a month still running is judged when it ends; a breach (by the KPI's own rule) is acted on at once
      if ((latest.status === 'amber' || latest.status === 'red') && kpi.isComplete(latest.period)) {
        return [{ kind: 'open', stage: 'amber-notice', period: latest.period, cause: `kpi-${latest.status}` }];
      }
      return [];
    }
    if (open.stage === 'amber-notice') {
      if (latest.breached)
        return [
          { kind: 'move', to: 'review-meeting', cause: 'kpi-breached' },
          { kind: 'acted-on', period: latest.period },
        ];
      if (latest.status === 'green') return [{ kind: 'close', outcome: 'recovered' }];
      return [];
    }
    if (this.hasRecovered(open, kpi)) return [{ kind: 'close', outcome: 'recovered' }];
    const newlyBreached = kpi.breachedMonthsAfter(open.actedOnPeriod);
    return newlyBreached.flatMap((period) => [...this.persisting(open, period), { kind: 'acted-on', period } as Decision]);
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
        if (!kpi.stillBreached(open.openedPeriod)) return [];
        return [
          { kind: 'move', to: 'service-credits', cause: 'notice-not-complied' },
          { kind: 'accrue', period: kpi.latestBreachedFrom(open.openedPeriod)! },
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
    if (open.stage === 'service-credits') {
      const accrue: Decision = { kind: 'accrue', period };
      return open.creditsAccrued + 1 >= this.policy.creditsBeforeBoard
        ? [accrue, { kind: 'move', to: 'board-referral', cause: 'credits-accrued' }]
        : [accrue];
    }
    if (open.stage === 'board-referral') {
      const accrue: Decision = { kind: 'accrue', period };
      return open.breachedMonthsAtBoard + 1 >= this.policy.breachedMonthsBeforeRemedy
        ? [accrue, { kind: 'move', to: 'contract-remedy', cause: 'breach-persisted-at-board' }]
        : [accrue];
    }
    if (atOrAbove(open.stage, 'contract-remedy')) return [{ kind: 'accrue', period }];
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
