import { monthOf, monthsBackFrom } from '@carers/calendar';

/** The months the board offers: this one and the twelve complete months before it, newest first. */
export function boardMonths(today: string, count = 13): string[] {
  return monthsBackFrom(monthOf(today), count);
}

/** Today in England, as YYYY-MM-DD. */
export function todayInEngland(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
