/** The months the board offers: this one and the twelve complete months before it, newest first. */
export function boardMonths(today: string, count = 13): string[] {
  const months = [today.slice(0, 7)];
  while (months.length < count) months.push(previousMonth(months[months.length - 1]));
  return months;
}

export function previousMonth(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The twelve months ending with `period`, oldest first: a KPI's trend. */
export function twelveMonthsTo(period: string): string[] {
  const months = [period];
  while (months.length < 12) months.unshift(previousMonth(months[0]));
  return months;
}

/** Today in England, as YYYY-MM-DD. */
export function todayInEngland(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
