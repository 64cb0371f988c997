import type Holidays from 'date-holidays';

/** A day off for everyone in England and Wales, or one council's own closure day: `YYYY-MM-DD` and what it is. */
export interface DayOff {
  day: string;
  name: string;
}

/**
 * England and Wales bank holidays come from the maintained `date-holidays` package, for any year (ADR 0017), not
 * from a list someone must remember to extend. Its `public` days for England are the bank holidays of England and
 * Wales (Wales has the same); `observance` days (Mother's Day, Easter Sunday) are not days off. A holiday that
 * falls on a weekend is not a working day anyway: its substitute day (the next weekday, `substitute: true`) is the
 * bank holiday, as gov.uk/bank-holidays lists it. One-off days proclaimed by the Crown (a coronation, a state
 * funeral) come with the package's updates.
 */
let englandAndWales: Holidays | undefined;
const byYear = new Map<number, readonly DayOff[]>();

/** Saturday or Sunday (`YYYY-MM-DD`). */
export const isWeekend = (day: string) => {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
};

/** The year's England and Wales bank holidays, in date order (weekdays only: the days a working-day clock skips). */
export function englandAndWalesBankHolidays(year: number): readonly DayOff[] {
  let days = byYear.get(year);
  if (!days) {
    // loaded on first use, not whenever a service or a test imports the calendar: the package's data takes ~160 ms to load
    if (!englandAndWales) {
      const loaded = require('date-holidays') as { default?: typeof Holidays };
      const HolidaysOf = (loaded.default ?? loaded) as typeof Holidays;
      englandAndWales = new HolidaysOf('GB', 'ENG', { types: ['public'] });
    }
    days = (englandAndWales.getHolidays(year) || [])
      .filter((h) => h.type === 'public')
      .map((h) => ({ day: h.date.slice(0, 10), name: h.name }))
      .filter((h) => !isWeekend(h.day))
      .sort((a, b) => a.day.localeCompare(b.day));
    byYear.set(year, days);
  }
  return days;
}

const dayIndex = new Map<number, ReadonlySet<string>>();

/** Whether the day (`YYYY-MM-DD`) is a bank holiday in England and Wales. */
export function isEnglandAndWalesBankHoliday(day: string): boolean {
  const year = Number(day.slice(0, 4));
  let days = dayIndex.get(year);
  if (!days) {
    days = new Set(englandAndWalesBankHolidays(year).map((h) => h.day));
    dayIndex.set(year, days);
  }
  return days.has(day);
}
