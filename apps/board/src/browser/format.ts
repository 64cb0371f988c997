/** How the page writes months, days, times, money and KPI figures (en-GB). Pure: no DOM. */
import type { OpenCase, Unit } from '../board-view-models.js';

const MONTH_LONG = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH_SHORT = new Intl.DateTimeFormat('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});
const GBP = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** "October 2026" for 2026-10. */
export const monthLabel = (period: string): string => MONTH_LONG.format(new Date(`${period}-01T00:00:00Z`));
/** "Oct 26" for 2026-10: the trend chart's axis. */
export const shortMonth = (period: string): string => MONTH_SHORT.format(new Date(`${period}-01T00:00:00Z`));
/** "9 Nov 2026" for 2026-11-09. */
export const dayLabel = (day: string): string => DAY.format(new Date(`${day}T00:00:00Z`));
/** "9 Nov, 14:05": a moment, in England's time. */
export const timeLabel = (iso: string): string => TIME.format(new Date(iso));
/** "£1,250.00" for 125000 pence; nothing is £0.00. */
export const pounds = (pence: number | null | undefined): string => GBP.format((pence ?? 0) / 100);

const UNIT_SUFFIX: Record<Unit, string> = { '%': '%', days: ' days', count: '', score: ' of 5' };

/** A KPI figure with its unit ("85.7%", "12 days", "4.2 of 5"), or "No data". */
export function formatFigure(value: number | null | undefined, unit: Unit): string {
  if (value === null || value === undefined) return 'No data';
  return `${Number.isInteger(value) ? value : value.toFixed(1)}${UNIT_SUFFIX[unit] ?? ''}`;
}

/** "1 case", "3 cases". */
export const countOf = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** A case's timer as the "Working days left" column reads it. */
export function timerText(c: Pick<OpenCase, 'paused' | 'workingDaysLeft'>): string {
  if (c.paused) return 'Timer paused';
  if (c.workingDaysLeft === null || c.workingDaysLeft === undefined) return 'No deadline at this stage';
  if (c.workingDaysLeft < 0) return `Overdue by ${-c.workingDaysLeft} working ${c.workingDaysLeft === -1 ? 'day' : 'days'}`;
  if (c.workingDaysLeft === 0) return 'Due today';
  return String(c.workingDaysLeft);
}
