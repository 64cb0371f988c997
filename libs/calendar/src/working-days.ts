import { DayBasis, WorkingCalendar } from './working-calendar';

export type { DayBasis } from './working-calendar';

/**
 * The day `n` days after `start`: every day, or only working days on the calendar given (England and Wales bank
 * holidays without any council's closure days when none is given; ADR 0017).
 */
export function addDays(start: string, n: number, basis: DayBasis, calendar: WorkingCalendar = WorkingCalendar.englandAndWales): string {
  return calendar.addDays(start, n, basis);
}

/** Days between two dates, counted as the clock counts them. */
export function daysBetween(
  from: string,
  to: string,
  basis: DayBasis,
  calendar: WorkingCalendar = WorkingCalendar.englandAndWales,
): number {
  return calendar.daysBetween(from, to, basis);
}
