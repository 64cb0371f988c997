import { WorkingCalendar } from '@carers/calendar';
import { afterPause, dueFor } from './deadlines';
import { DEFAULT_POLICY } from './escalation-policy';

const policy = { ...DEFAULT_POLICY, version: 1 };
const bankHolidaysOnly = WorkingCalendar.englandAndWales;

describe('deadlines on the council calendar (ADR 0017)', () => {
  it("move by one working day for each of the council's own closure days in the way", () => {
    // an amber notice gives 5 working days: Mon 2 November 2026 -> Mon 9; with Wed 4 closed -> Tue 10
    expect(dueFor('amber-notice', policy, '2026-11-02', bankHolidaysOnly)).toBe('2026-11-09');
    expect(dueFor('amber-notice', policy, '2026-11-02', WorkingCalendar.forCouncil(['2026-11-04']))).toBe('2026-11-10');
    expect(dueFor('amber-notice', policy, '2026-11-02', WorkingCalendar.forCouncil(['2026-11-20']))).toBe('2026-11-09');
  });

  it('skip bank holidays past 2027, for the whole of a contract and its extension', () => {
    // Thu 13 Apr 2028 + 1 working day: Good Friday 14 and Easter Monday 17 skipped
    expect(afterPause('2028-04-13', '2028-04-12', '2028-04-13', bankHolidaysOnly)).toEqual({ pausedDays: 1, dueOn: '2028-04-18' });
  });

  it("count a pause's working days without the council's closure days", () => {
    const closed = WorkingCalendar.forCouncil(['2026-11-19']);
    // Mon 16 to Fri 20 November: Tue 17, Wed 18, Fri 20 (Thu 19 closed); the deadline Fri 27 moves to Wed 2 December
    expect(afterPause('2026-11-27', '2026-11-16', '2026-11-20', closed)).toEqual({ pausedDays: 3, dueOn: '2026-12-02' });
    expect(afterPause(undefined, '2026-11-16', '2026-11-20', closed)).toEqual({ pausedDays: 3, dueOn: undefined });
  });
});
