import { DayOff, englandAndWalesBankHolidays, isEnglandAndWalesBankHoliday, isWeekend } from './bank-holidays';

export type DayBasis = 'calendar' | 'working';

/** The day `n` calendar days after `day` (before it when negative). */
export function addCalendarDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * One council's working days (ADR 0017): not a weekend, not an England and Wales bank holiday (any year, from
 * `date-holidays`), not one of the council's own closure days. Assessments, escalation and the board count every
 * working-day deadline with it, so the same day is a working day to all three.
 */
export class WorkingCalendar {
  /** Bank holidays only: a council that has added no closure days. */
  static readonly englandAndWales = new WorkingCalendar();

  private readonly closures: ReadonlySet<string>;

  constructor(closureDays: Iterable<string> = []) {
    this.closures = new Set(closureDays);
  }

  /** This calendar with the council's closure days (days or `{ day }` records) added. */
  static forCouncil(closureDays: Iterable<string | Pick<DayOff, 'day'>>): WorkingCalendar {
    return new WorkingCalendar([...closureDays].map((d) => (typeof d === 'string' ? d : d.day)));
  }

  /** The council's own closure days, in date order. */
  get closureDays(): string[] {
    return [...this.closures].sort();
  }

  isWorkingDay(day: string): boolean {
    return !isWeekend(day) && !isEnglandAndWalesBankHoliday(day) && !this.closures.has(day);
  }

  /** The bank holidays of the year, for a view of the calendar. */
  bankHolidays(year: number): readonly DayOff[] {
    return englandAndWalesBankHolidays(year);
  }

  /** The day `n` days after `start`: every day, or only working days. */
  addDays(start: string, n: number, basis: DayBasis): string {
    if (basis === 'calendar') return addCalendarDays(start, n);
    let day = start;
    for (let left = n; left > 0;) {
      day = addCalendarDays(day, 1);
      if (this.isWorkingDay(day)) left--;
    }
    return day;
  }

  /** Days after `from` up to and including `to`, counted as the clock counts them; 0 when `to` is not after `from`. */
  daysBetween(from: string, to: string, basis: DayBasis): number {
    if (to <= from) return 0;
    if (basis === 'calendar') return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
    let n = 0;
    for (let day = from; day < to;) {
      day = addCalendarDays(day, 1);
      if (this.isWorkingDay(day)) n++;
    }
    return n;
  }

  /** Working days from `today` to `dueOn`: 0 on the day, negative once the day has passed. */
  workingDaysLeft(today: string, dueOn: string): number {
    return dueOn >= today ? this.daysBetween(today, dueOn, 'working') : -this.daysBetween(dueOn, today, 'working');
  }
}
