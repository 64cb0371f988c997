import { boardMonths, previousMonth, todayInEngland, twelveMonthsTo } from './board-months';

describe('board months', () => {
  it('offers this month and the twelve complete months before it, newest first', () => {
    const months = boardMonths('2026-02-14');
    expect(months).toHaveLength(13);
    expect(months[0]).toBe('2026-02');
    expect(months[1]).toBe('2026-01');
    expect(months[2]).toBe('2025-12');
    expect(months[12]).toBe('2025-02');
  });

  it('goes back over a year end', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-10')).toBe('2026-09');
  });

  it('gives a trend of twelve months ending with the month, oldest first', () => {
    expect(twelveMonthsTo('2026-03')).toEqual(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
  });

  it("takes today's date in England, not UTC", () => {
    expect(todayInEngland(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01'); // British Summer Time
    expect(todayInEngland(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31'); // GMT
  });
});
