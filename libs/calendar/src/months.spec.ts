import { daysOf, monthOf, monthsBackFrom, monthsEndingWith, nextMonth, previousMonth, shiftMonth } from './months';

describe('calendar months', () => {
  it('steps across year ends both ways', () => {
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(previousMonth('2027-01')).toBe('2026-12');
    expect(shiftMonth('2026-03', -15)).toBe('2024-12');
    expect(shiftMonth('2026-03', 22)).toBe('2028-01');
    expect(monthOf('2026-12-03')).toBe('2026-12');
  });

  it('gives a trend oldest first and a choice of months newest first', () => {
    expect(monthsEndingWith('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBackFrom('2026-02', 3)).toEqual(['2026-02', '2026-01', '2025-12']);
  });

  it("knows a month's last day, leap years included", () => {
    expect(daysOf('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(daysOf('2026-02').last).toBe('2026-02-28');
    expect(daysOf('2026-12').last).toBe('2026-12-31');
  });
});
