/** Calendar months as `YYYY-MM`: the period every KPI, return and board page is kept by. */

/** The month of a day (`YYYY-MM-DD`). */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The month `by` months after `period` (before it when negative). */
export function shiftMonth(period: string, by: number): string {
  const [y, m] = period.split('-').map(Number);
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function nextMonth(period: string): string {
  return shiftMonth(period, 1);
}

export function previousMonth(period: string): string {
  return shiftMonth(period, -1);
}

/** The `count` months ending with `period`, oldest first (a trend). */
export function monthsEndingWith(period: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftMonth(period, i - count + 1));
}

/** The `count` months from `period` back, newest first (a choice of months). */
export function monthsBackFrom(period: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftMonth(period, -i));
}

/** The month's first and last days, `YYYY-MM-DD`. */
export function daysOf(period: string): { first: string; last: string } {
  const [y, m] = period.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${period}-01`, last: `${period}-${String(last).padStart(2, '0')}` };
}
