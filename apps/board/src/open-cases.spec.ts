import { WorkingCalendar } from '@carers/calendar';
import { openCases, workingDaysLeft } from './open-cases';
import { CaseRow } from './upstream-shapes';

const kase = (over: Partial<CaseRow>): CaseRow => ({
  id: 'c1',
  providerId: 'downs-carers',
  kpiId: 'first-contact-10-days',
  stage: 'amber-notice',
  status: 'open',
  openedPeriod: '2026-10',
  openedOn: '2026-11-03',
  stageEnteredOn: '2026-11-03',
  dueOn: '2026-11-17',
  ageDays: 5,
  overdue: false,
  creditsAccrued: 0,
  ...over,
});

describe('workingDaysLeft', () => {
  it('counts weekdays to the due date', () => {
    expect(workingDaysLeft('2026-11-02', '2026-11-09')).toBe(5); // Monday to Monday
    expect(workingDaysLeft('2026-11-06', '2026-11-09')).toBe(1); // Friday to Monday
  });

  it('is 0 on the due day and negative once it has passed', () => {
    expect(workingDaysLeft('2026-11-09', '2026-11-09')).toBe(0);
    expect(workingDaysLeft('2026-11-11', '2026-11-09')).toBe(-2);
  });

  it('skips England and Wales bank holidays, past the end of 2027 too (ADR 0017)', () => {
    expect(workingDaysLeft('2026-12-24', '2026-12-29')).toBe(1); // Christmas Day and the substitute Boxing Day
    expect(workingDaysLeft('2028-04-13', '2028-04-18')).toBe(1); // Good Friday and Easter Monday 2028
  });

  it("skips the council's own closure days, as escalation does when it sets the deadline (ADR 0017)", () => {
    const wiltshire = WorkingCalendar.forCouncil(['2026-12-29']);
    expect(workingDaysLeft('2026-12-24', '2026-12-30', wiltshire)).toBe(1);
    expect(workingDaysLeft('2026-12-30', '2026-12-24', wiltshire)).toBe(-1);
  });
});

describe('openCases', () => {
  const today = '2026-11-09';

  it('adds the timer, marks paused cases and stops their timer', () => {
    const [paused, open] = openCases([kase({ id: 'a' }), kase({ id: 'b', status: 'paused', stage: 'review-meeting' })], today);
    expect(open).toMatchObject({ id: 'a', paused: false, workingDaysLeft: 6 });
    expect(paused).toMatchObject({ id: 'b', paused: true, workingDaysLeft: null });
  });

  it('has no timer for a stage without a deadline', () => {
    expect(openCases([kase({ dueOn: null, stage: 'service-credits' })], today)[0].workingDaysLeft).toBeNull();
  });

  it('leaves out closed cases', () => {
    expect(openCases([kase({ status: 'closed' })], today)).toEqual([]);
  });

  it('orders by stage, furthest up the ladder first, then the soonest due', () => {
    const cases = [
      kase({ id: 'amber-late', dueOn: '2026-11-20' }),
      kase({ id: 'board', stage: 'board-referral', dueOn: null }),
      kase({ id: 'amber-soon', dueOn: '2026-11-10' }),
      kase({ id: 'plan', stage: 'remedial-plan', dueOn: '2026-12-01' }),
    ];
    expect(openCases(cases, today).map((c) => c.id)).toEqual(['board', 'plan', 'amber-soon', 'amber-late']);
  });
});
