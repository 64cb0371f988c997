/**
 * A contract's escalation ladder as data. Timers are in working days; money in pence. The defaults follow the
 * common public-sector pattern (domain brief 3.3): review meeting within 5 working days, a remedial plan draft
 * within 10, three rejected cycles to the board, an improvement notice of at least 7 business days.
 */
export interface EscalationPolicy {
  version: number;
  commentaryDays: number;
  reviewMeetingDays: number;
  planDraftDays: number;
  maxRejectedPlans: number;
  improvementNoticeDays: number;
  creditPerBreachedMonthPence: number;
  creditCapPerKpiPence: number;
  creditCapTotalPence: number;
  /** Credits accrued on a case before it is referred to the board. */
  creditsBeforeBoard: number;
  /** Further months in breach after the board referral before contract remedies are recommended. */
  breachedMonthsBeforeRemedy: number;
  /** Consecutive confirmed months out of breach, with figures, that close a case as recovered. */
  recoveryMonths: number;
  /**
   * Who service credits are charged to (ADR 0016): the contract holder on the consortium's figure (the default, and
   * what an absent setting means), or each provider on its own figure, for a council that contracts with each directly.
   */
  chargeTo?: ChargeTo;
  /**
   * What becomes of the credits withheld on a case that closes as recovered (ADR 0018): retained, as service
   * credits under local-authority model clauses are (the default, and what an absent setting means), or released
   * to the provider, as sums withheld under the NHS Standard Contract's GC9 are once the failure is remedied.
   */
  onRecovery?: OnRecovery;
  /**
   * How a breached month's credit is priced (ADR 0018): the policy's fixed sums (what an absent setting means), or
   * the contract's service credit schedule, a share of its monthly value with caps as shares of the year's charges.
   */
  creditBasis?: CreditBasisSetting;
  /**
   * Working days a provider has to accept or dispute a notice served on it (ADR 0026); absent means
   * NOTICE_RESPONSE_DAYS, the NHS Standard Contract GC9's five operational days for a Contract Performance Notice.
   */
  noticeResponseDays?: number;
}

export const NOTICE_RESPONSE_DAYS = 5;

export const CHARGE_TO = ['contract-holder', 'each-provider'] as const;
export type ChargeTo = (typeof CHARGE_TO)[number];
export const CREDIT_BASES = ['fixed', 'contract-schedule'] as const;
export type CreditBasisSetting = (typeof CREDIT_BASES)[number];
export const ON_RECOVERY = ['retain', 'release'] as const;
export type OnRecovery = (typeof ON_RECOVERY)[number];

export type PolicySettings = Omit<EscalationPolicy, 'version'>;

export const DEFAULT_POLICY: PolicySettings = {
  commentaryDays: 5,
  reviewMeetingDays: 5,
  planDraftDays: 10,
  maxRejectedPlans: 3,
  improvementNoticeDays: 7,
  creditPerBreachedMonthPence: 250_000,
  creditCapPerKpiPence: 750_000,
  creditCapTotalPence: 2_000_000,
  creditsBeforeBoard: 2,
  breachedMonthsBeforeRemedy: 2,
  recoveryMonths: 3,
};

/** What is wrong with a policy, in words an officer can act on; empty when it is sound. */
export function policyProblems(p: PolicySettings): string[] {
  const problems: string[] = [];
  if (p.improvementNoticeDays < 7) problems.push('improvementNoticeDays: an improvement notice gives at least 7 business days to comply');
  if (p.creditCapPerKpiPence > p.creditCapTotalPence) problems.push('creditCapPerKpiPence: the cap per KPI cannot exceed the total cap');
  if (p.creditPerBreachedMonthPence > p.creditCapPerKpiPence)
    problems.push('creditPerBreachedMonthPence: one month cannot exceed the cap per KPI');
  if (p.noticeResponseDays !== undefined && !(p.noticeResponseDays >= 1))
    problems.push('noticeResponseDays: a provider has at least one working day to answer a notice');
  if (!(p.recoveryMonths >= 1)) problems.push('recoveryMonths: a case recovers after at least one healthy month');
  return problems;
}
