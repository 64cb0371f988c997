import { clockDates, mustBeAbleToPause, resumed, WorkingCalendar } from './timescales';

/** England and Wales bank holidays, no closure days of the council's own (ADR 0017). */
const holidays = WorkingCalendar.englandAndWales;

describe('timescales', () => {
  it('warns three quarters of the way through a 14-day clock, rounding up', () => {
    expect(clockDates('2026-11-01', { kind: 'commenced', days: 14, basis: 'calendar' }, holidays)).toEqual({
      dueOn: '2026-11-15',
      warnOn: '2026-11-12',
    });
  });
  it('puts a working-day clock past the Christmas bank holidays', () => {
    expect(clockDates('2026-12-24', { kind: 'first-contact', days: 4, basis: 'working' }, holidays)).toEqual({
      dueOn: '2027-01-04',
      warnOn: '2026-12-31',
    });
  });
  it('refuses a pause after the deadline (it would hide a breach) or before the clock started', () => {
    const c = { startedOn: '2026-11-01', dueOn: '2026-11-15' };
    expect(() => mustBeAbleToPause('commenced', c, '2026-11-16')).toThrow(
      expect.objectContaining({ code: 'illegal-state', message: expect.stringContaining('deadline has passed') }),
    );
    expect(() => mustBeAbleToPause('commenced', c, '2026-10-31')).toThrow(expect.objectContaining({ code: 'invalid-pause' }));
    expect(() => mustBeAbleToPause('commenced', c, '2026-11-15')).not.toThrow();
  });
  it('moves the warning and the deadline on by the days paused, counted as the clock counts days', () => {
    const c = { startedOn: '2026-12-14', warnOn: '2026-12-22', dueOn: '2026-12-24', basis: 'working' as const, pausedSince: '2026-12-18' };
    // Fri 18 to Tue 29 December: Mon 21, Tue 22, Wed 23, Thu 24, Tue 29 (25, 28 are bank holidays)
    // and the deadline, 24 December, moves past Christmas and New Year's Day: 29, 30, 31 December, 4, 5 January
    expect(resumed(c, '2026-12-29', holidays)).toEqual({ pausedDays: 5, warnOn: '2026-12-31', dueOn: '2027-01-05' });
    expect(resumed({ ...c, basis: 'calendar' }, '2026-12-25', holidays)).toEqual({
      pausedDays: 7,
      warnOn: '2026-12-29',
      dueOn: '2026-12-31',
    });
  });
  it("counts a council's own closure days as well as the bank holidays (ADR 0017)", () => {
    const closed = WorkingCalendar.forCouncil(['2026-12-29']);
    expect(clockDates('2026-12-24', { kind: 'first-contact', days: 4, basis: 'working' }, closed)).toEqual({
      dueOn: '2027-01-05',
      warnOn: '2027-01-04',
    });
  });
  it('runs working-day clocks past the end of 2027 (Wiltshire contract and its extension, ADR 0017)', () => {
    // Thu 23 Dec 2027 + 6: Fri 24, Wed 29, Thu 30, Fri 31, Tue 4, Wed 5 January; Mon 27 and Tue 28 December
    // (substitute days for Christmas and Boxing Day) and Mon 3 January 2028 (for New Year's Day) skipped
    expect(clockDates('2027-12-23', { kind: 'first-contact', days: 6, basis: 'working' }, holidays).dueOn).toBe('2028-01-05');
  });
});
