import { boardMonths, todayInEngland } from './board-months';

describe('board months', () => {
  it('offers this month and the twelve complete months before it, newest first', () => {
    const months = boardMonths('2026-02-14');
    expect(months).toHaveLength(13);
    expect(months[0]).toBe('2026-02');
    expect(months[1]).toBe('2026-01');
    expect(months[2]).toBe('2025-12');
    expect(months[12]).toBe('2025-02');
  });

  it('goes back over a year end, whatever the day of the month', () => {
    expect(boardMonths('2026-01-31', 3)).toEqual(['2026-01', '2025-12', '2025-11']);
  });

  it("takes today's date in England, not UTC", () => {
    expect(todayInEngland(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01'); // British Summer Time
    expect(todayInEngland(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31'); // GMT
  });
});
