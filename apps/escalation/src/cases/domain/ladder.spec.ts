import { DEFAULT_POLICY } from './escalation-policy';
import { KpiPicture, MonthState } from './kpi-picture';
import { CaseState, Ladder } from './ladder';

const ladder = new Ladder(DEFAULT_POLICY);
/** A confirmed month, as performance's month close announces it once the dispute window has passed. */
const month = (period: string, status: MonthState['status'], breached = status === 'red'): MonthState => ({
  period,
  status,
  breached,
  closure: 'confirmed',
});
/** A month as last measured, not yet closed. */
const live = (period: string, status: MonthState['status'], breached = status === 'red'): MonthState => ({ period, status, breached });
const provisional = (period: string, status: MonthState['status'], breached: boolean, clearedBy?: MonthState['clearedBy']): MonthState => ({
  period,
  status,
  breached,
  closure: 'provisional',
  ...(clearedBy ? { clearedBy } : {}),
});
const picture = (current: string, ...months: MonthState[]) => new KpiPicture(months, current);
const openCase = (over: Partial<CaseState>): CaseState => ({
  stage: 'review-meeting',
  openedPeriod: '2026-06',
  actedOnPeriod: '2026-06',
  breachedMonthsAtBoard: 0,
  creditsAccrued: 0,
  attribution: 'consortium',
  credits: [],
  paused: false,
  ...over,
});

describe('the escalation ladder', () => {
  it('opens a case at the review meeting on a breach, and an amber notice on an amber month', () => {
    expect(ladder.onKpiChange(undefined, picture('2026-07', month('2026-06', 'red')))).toEqual([
      { kind: 'open', stage: 'review-meeting', period: '2026-06', cause: 'kpi-breached' },
    ]);
    expect(ladder.onKpiChange(undefined, picture('2026-07', month('2026-06', 'amber')))).toEqual([
      { kind: 'open', stage: 'amber-notice', period: '2026-06', cause: 'kpi-amber' },
    ]);
    expect(ladder.onKpiChange(undefined, picture('2026-07', month('2026-06', 'green')))).toEqual([]);
  });

  it('judges an amber month once it has ended, and warns of a breach not yet confirmed with an amber notice only (ADR 0016)', () => {
    expect(ladder.onKpiChange(undefined, picture('2026-06', live('2026-06', 'amber')))).toEqual([]);
    expect(ladder.onKpiChange(undefined, picture('2026-06', live('2026-06', 'red', false)))).toEqual([]);
    expect(ladder.onKpiChange(undefined, picture('2026-06', live('2026-06', 'red')))).toEqual([
      { kind: 'open', stage: 'amber-notice', period: '2026-06', cause: 'kpi-breach-unconfirmed' },
    ]);
    expect(ladder.onKpiChange(undefined, picture('2026-07', provisional('2026-06', 'red', true)))).toEqual([
      { kind: 'open', stage: 'amber-notice', period: '2026-06', cause: 'kpi-breach-unconfirmed' },
    ]);
  });

  it('moves an amber notice to the review meeting only on a confirmed breach, and closes it once the last month ended green (ADR 0016)', () => {
    const amber = openCase({ stage: 'amber-notice', openedPeriod: '2026-06', actedOnPeriod: '2026-06' });
    expect(ladder.onKpiChange(amber, picture('2026-07', provisional('2026-06', 'red', true)))).toEqual([]);
    expect(ladder.onKpiChange(amber, picture('2026-07', month('2026-06', 'red')))).toEqual([
      { kind: 'move', to: 'review-meeting', cause: 'kpi-breached' },
      { kind: 'acted-on', period: '2026-06' },
    ]);
    expect(
      ladder.onKpiChange(amber, picture('2026-07', provisional('2026-06', 'green', false, 'relief'), live('2026-07', 'green'))),
    ).toEqual([{ kind: 'close', outcome: 'recovered' }]);
    expect(ladder.onKpiChange(amber, picture('2026-07', live('2026-06', 'amber'), live('2026-07', 'green')))).toEqual([]);
  });

  it('never moves past the review meeting on live or provisional figures: only a confirmed breach asks for a plan (ADR 0016)', () => {
    expect(ladder.onKpiChange(openCase({}), picture('2026-07', month('2026-06', 'red'), live('2026-07', 'red')))).toEqual([]);
    expect(ladder.onKpiChange(openCase({}), picture('2026-08', month('2026-06', 'red'), provisional('2026-07', 'red', true)))).toEqual([]);
    expect(ladder.onKpiChange(openCase({}), picture('2026-08', month('2026-06', 'red'), month('2026-07', 'red')))).toEqual([
      { kind: 'move', to: 'remedial-plan', cause: 'breach-persisted' },
      { kind: 'acted-on', period: '2026-07' },
    ]);
  });

  it('accrues a credit on a provisional breach, withholds it when the month is confirmed, and a live breach costs nothing (ADR 0016)', () => {
    const atCredits = openCase({ stage: 'service-credits', actedOnPeriod: '2026-08', creditsAccrued: 0 });
    expect(ladder.onKpiChange(atCredits, picture('2026-09', month('2026-08', 'red'), live('2026-09', 'red')))).toEqual([]);
    expect(ladder.onKpiChange(atCredits, picture('2026-10', month('2026-08', 'red'), provisional('2026-09', 'red', true)))).toEqual([
      { kind: 'accrue', period: '2026-09', confirmed: false },
    ]);
    const accrued = { ...atCredits, credits: [{ period: '2026-09', status: 'accrued' as const }] };
    expect(ladder.onKpiChange(accrued, picture('2026-10', month('2026-08', 'red'), provisional('2026-09', 'red', true)))).toEqual([]);
    expect(ladder.onKpiChange(accrued, picture('2026-10', month('2026-08', 'red'), month('2026-09', 'red')))).toEqual([
      { kind: 'accrue', period: '2026-09', confirmed: true },
      { kind: 'acted-on', period: '2026-09' },
    ]);
  });

  it('reverses a credit whose month is cleared before confirmation: relief, an upheld dispute, or its final figures out of breach (ADR 0016)', () => {
    const accrued = openCase({
      stage: 'service-credits',
      actedOnPeriod: '2026-08',
      credits: [{ period: '2026-09', status: 'accrued' }],
    });
    const cleared = (m: MonthState) => ladder.onKpiChange(accrued, picture('2026-10', month('2026-08', 'red'), m));
    expect(cleared(provisional('2026-09', 'red', false, 'dispute-upheld'))).toEqual([
      { kind: 'reverse', period: '2026-09', reason: 'dispute-upheld' },
    ]);
    expect(cleared(provisional('2026-09', 'red', false, 'relief'))).toEqual([{ kind: 'reverse', period: '2026-09', reason: 'relief' }]);
    expect(cleared(provisional('2026-09', 'amber', false))).toEqual([
      { kind: 'reverse', period: '2026-09', reason: 'not-breached-when-closed' },
    ]);
    expect(cleared(live('2026-09', 'green'))).toEqual([]);
    const withheld = { ...accrued, credits: [{ period: '2026-09', status: 'withheld' as const }] };
    expect(
      ladder.onKpiChange(withheld, picture('2026-10', month('2026-08', 'red'), provisional('2026-09', 'red', false, 'relief'))),
    ).toEqual([]);
  });

  it("charges the contract once: a member's own case accrues nothing and stops at the improvement notice, unless the policy charges each provider (ADR 0016)", () => {
    const kpi = picture('2026-10', month('2026-07', 'red'), month('2026-08', 'red'), month('2026-09', 'red'));
    const member = openCase({ stage: 'service-credits', actedOnPeriod: '2026-08', attribution: 'member' });
    expect(ladder.onKpiChange(member, kpi)).toEqual([{ kind: 'acted-on', period: '2026-09' }]);
    expect(ladder.onKpiChange(member, picture('2026-10', month('2026-08', 'red'), provisional('2026-09', 'red', true)))).toEqual([]);
    const notice = openCase({ stage: 'improvement-notice', attribution: 'member' });
    expect(ladder.onDeadline(notice, kpi)).toEqual([]);
    const direct = new Ladder({ ...DEFAULT_POLICY, chargeTo: 'each-provider' });
    expect(direct.onKpiChange(member, kpi)).toEqual([
      { kind: 'accrue', period: '2026-09', confirmed: true },
      { kind: 'acted-on', period: '2026-09' },
    ]);
    expect(direct.onDeadline(notice, kpi)).toEqual([
      { kind: 'move', to: 'service-credits', cause: 'notice-not-complied' },
      { kind: 'accrue', period: '2026-09', confirmed: true },
    ]);
  });

  it('counts only confirmed months towards recovery: healthy months still provisional do not close a case (ADR 0016)', () => {
    const unconfirmed = picture(
      '2026-10',
      month('2026-06', 'red'),
      month('2026-07', 'green', false),
      month('2026-08', 'green', false),
      provisional('2026-09', 'green', false),
    );
    expect(ladder.onKpiChange(openCase({ stage: 'service-credits' }), unconfirmed)).toEqual([]);
  });

  it('does not open a case for a red month the KPI rule does not count as a breach yet', () => {
    expect(ladder.onKpiChange(undefined, picture('2026-07', month('2026-06', 'red', false)))).toEqual([
      { kind: 'open', stage: 'amber-notice', period: '2026-06', cause: 'kpi-red' },
    ]);
  });

  it('asks for a remedial plan when the breach persists into another month, once per month', () => {
    const kpi = picture('2026-08', month('2026-06', 'red'), month('2026-07', 'red'));
    expect(ladder.onKpiChange(openCase({}), kpi)).toEqual([
      { kind: 'move', to: 'remedial-plan', cause: 'breach-persisted' },
      { kind: 'acted-on', period: '2026-07' },
    ]);
    expect(ladder.onKpiChange(openCase({ stage: 'remedial-plan', actedOnPeriod: '2026-07' }), kpi)).toEqual([]);
  });

  it('accrues a credit per month in breach and refers to the board after the contract number of credits', () => {
    const kpi = picture('2026-10', month('2026-06', 'red'), month('2026-07', 'red'), month('2026-08', 'red'), month('2026-09', 'red'));
    expect(ladder.onKpiChange(openCase({ stage: 'service-credits', actedOnPeriod: '2026-08', creditsAccrued: 1 }), kpi)).toEqual([
      { kind: 'accrue', period: '2026-09', confirmed: true },
      { kind: 'move', to: 'board-referral', cause: 'credits-accrued' },
      { kind: 'acted-on', period: '2026-09' },
    ]);
    expect(ladder.onKpiChange(openCase({ stage: 'service-credits', actedOnPeriod: '2026-08', creditsAccrued: 0 }), kpi)).toEqual([
      { kind: 'accrue', period: '2026-09', confirmed: true },
      { kind: 'acted-on', period: '2026-09' },
    ]);
  });

  it('recommends a contract remedy when the breach persists at the board', () => {
    const kpi = picture('2026-12', month('2026-10', 'red'), month('2026-11', 'red'));
    expect(ladder.onKpiChange(openCase({ stage: 'board-referral', actedOnPeriod: '2026-10', breachedMonthsAtBoard: 1 }), kpi)).toEqual([
      { kind: 'accrue', period: '2026-11', confirmed: true },
      { kind: 'move', to: 'contract-remedy', cause: 'breach-persisted-at-board' },
      { kind: 'acted-on', period: '2026-11' },
    ]);
  });

  it('closes a case once the KPI has recovered for the policy number of completed months, not for the month still running', () => {
    const oneMonthPolicy = new Ladder({ ...DEFAULT_POLICY, recoveryMonths: 1 });
    const recovering = picture('2026-08', month('2026-06', 'red'), month('2026-07', 'amber', false), live('2026-08', 'green', false));
    expect(oneMonthPolicy.onKpiChange(openCase({ stage: 'service-credits' }), recovering)).toEqual([
      { kind: 'close', outcome: 'recovered' },
    ]);
    const onlyThisMonth = picture('2026-07', month('2026-06', 'red'), live('2026-07', 'green', false));
    expect(oneMonthPolicy.onKpiChange(openCase({}), onlyThisMonth)).toEqual([]);
    const twoMonthPolicy = new Ladder({ ...DEFAULT_POLICY, recoveryMonths: 2 });
    expect(twoMonthPolicy.onKpiChange(openCase({}), recovering)).toEqual([]);
  });

  it('by default recovers only after three consecutive healthy months (issue 18: recovery is sustained)', () => {
    const two = picture('2026-09', month('2026-06', 'red'), month('2026-07', 'green', false), month('2026-08', 'green', false));
    expect(ladder.onKpiChange(openCase({ stage: 'service-credits' }), two)).toEqual([]);
    const three = picture(
      '2026-10',
      month('2026-06', 'red'),
      month('2026-07', 'green', false),
      month('2026-08', 'amber', false),
      month('2026-09', 'green', false),
    );
    expect(ladder.onKpiChange(openCase({ stage: 'service-credits' }), three)).toEqual([{ kind: 'close', outcome: 'recovered' }]);
  });

  it('never counts a month without figures as healthy: insufficient data, or no month announced, ends the run (issue 18)', () => {
    const oneMonthPolicy = new Ladder({ ...DEFAULT_POLICY, recoveryMonths: 1 });
    const silent = picture('2026-08', month('2026-06', 'red'), month('2026-07', 'insufficient-data', false));
    expect(oneMonthPolicy.onKpiChange(openCase({ stage: 'service-credits' }), silent)).toEqual([]);
    const gap = picture(
      '2026-10',
      month('2026-06', 'red'),
      month('2026-07', 'green', false),
      month('2026-08', 'green', false),
      month('2026-09', 'insufficient-data', false),
    );
    expect(ladder.onKpiChange(openCase({ stage: 'service-credits' }), gap)).toEqual([]);
    const missing = picture('2026-10', month('2026-06', 'red'), month('2026-07', 'green', false), month('2026-08', 'green', false));
    expect(ladder.onKpiChange(openCase({ stage: 'service-credits' }), missing)).toEqual([]);
  });

  it('does not close while a remedial plan awaits a decision or has actions outstanding (issue 18: recovery is complete)', () => {
    const healthy = picture(
      '2026-10',
      month('2026-06', 'red'),
      month('2026-07', 'green', false),
      month('2026-08', 'green', false),
      month('2026-09', 'green', false),
    );
    expect(ladder.onKpiChange(openCase({ stage: 'remedial-plan', planStatus: 'approved' }), healthy)).toEqual([]);
    expect(ladder.onKpiChange(openCase({ stage: 'remedial-plan', planStatus: 'submitted' }), healthy)).toEqual([]);
    expect(ladder.onKpiChange(openCase({ stage: 'remedial-plan', planStatus: 'completed' }), healthy)).toEqual([
      { kind: 'close', outcome: 'recovered' },
    ]);
  });

  it('moves on at each deadline: commentary overdue, plan overdue, milestone missed, notice not complied with', () => {
    const breached = picture('2026-08', month('2026-06', 'red'), month('2026-07', 'red'));
    expect(ladder.onDeadline(openCase({ stage: 'amber-notice' }), breached)).toEqual([
      { kind: 'move', to: 'review-meeting', cause: 'commentary-overdue' },
    ]);
    expect(ladder.onDeadline(openCase({ stage: 'remedial-plan', planStatus: 'requested' }), breached)).toEqual([
      { kind: 'plan-failed', cause: 'plan-overdue' },
      { kind: 'move', to: 'improvement-notice', cause: 'plan-overdue' },
    ]);
    expect(ladder.onDeadline(openCase({ stage: 'remedial-plan', planStatus: 'approved' }), breached)).toEqual([
      { kind: 'plan-failed', cause: 'milestone-missed' },
      { kind: 'move', to: 'improvement-notice', cause: 'milestone-missed' },
    ]);
    expect(ladder.onDeadline(openCase({ stage: 'remedial-plan', planStatus: 'submitted' }), breached)).toEqual([]);
    expect(ladder.onDeadline(openCase({ stage: 'improvement-notice' }), breached)).toEqual([
      { kind: 'move', to: 'service-credits', cause: 'notice-not-complied' },
      { kind: 'accrue', period: '2026-07', confirmed: true },
    ]);
  });

  it('does nothing at a deadline while a case is paused', () => {
    expect(ladder.onDeadline(openCase({ stage: 'amber-notice', paused: true }), picture('2026-08', month('2026-07', 'amber')))).toEqual([]);
  });

  it('refers to the board after the contract number of rejected plans, and not before', () => {
    expect(ladder.afterRejection(2)).toEqual([]);
    expect(ladder.afterRejection(3)).toEqual([
      { kind: 'plan-failed', cause: 'plans-rejected' },
      { kind: 'move', to: 'board-referral', cause: 'plans-rejected' },
    ]);
  });
});
