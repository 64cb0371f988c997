export type DayBasis = 'calendar' | 'working';

const addCalendar = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** The day `n` days after `start`: every day, or only working days (not weekends or bank holidays). */
export function addDays(start: string, n: number, basis: DayBasis, bankHolidays: ReadonlySet<string> = new Set()): string {
  if (basis === 'calendar') return addCalendar(start, n);
  let day = start;
  let left = n;
  while (left > 0) {
    day = addCalendar(day, 1);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !bankHolidays.has(day)) left--;
  }
  return day;
}

/** Days between two dates, counted as the clock counts them. */
export function daysBetween(from: string, to: string, basis: DayBasis, bankHolidays: ReadonlySet<string> = new Set()): number {
  if (to <= from) return 0;
  if (basis === 'calendar') return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  let n = 0;
  for (let day = from; day < to;) {
    day = addCalendar(day, 1);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !bankHolidays.has(day)) n++;
  }
  return n;
}

/** England and Wales bank holidays (gov.uk/bank-holidays), kept as data; councils add to them through the API. */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: [string, string][] = [
  ['2025-01-01', "New Year's Day"],
  ['2025-04-18', 'Good Friday'],
  ['2025-04-21', 'Easter Monday'],
  ['2025-05-05', 'Early May bank holiday'],
  ['2025-05-26', 'Spring bank holiday'],
  ['2025-08-25', 'Summer bank holiday'],
  ['2025-12-25', 'Christmas Day'],
  ['2025-12-26', 'Boxing Day'],
  ['2026-01-01', "New Year's Day"],
  ['2026-04-03', 'Good Friday'],
  ['2026-04-06', 'Easter Monday'],
  ['2026-05-04', 'Early May bank holiday'],
  ['2026-05-25', 'Spring bank holiday'],
  ['2026-08-31', 'Summer bank holiday'],
  ['2026-12-25', 'Christmas Day'],
  ['2026-12-28', 'Boxing Day (substitute day)'],
  ['2027-01-01', "New Year's Day"],
  ['2027-03-26', 'Good Friday'],
  ['2027-03-29', 'Easter Monday'],
  ['2027-05-03', 'Early May bank holiday'],
  ['2027-05-31', 'Spring bank holiday'],
  ['2027-08-30', 'Summer bank holiday'],
  ['2027-12-27', 'Christmas Day (substitute day)'],
  ['2027-12-28', 'Boxing Day (substitute day)'],
];

export const BANK_HOLIDAYS_ENGLAND_AND_WALES: ReadonlySet<string> = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map(([day]) => day));
