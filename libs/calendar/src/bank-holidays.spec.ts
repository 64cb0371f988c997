import Holidays from 'date-holidays';
import { englandAndWalesBankHolidays, isEnglandAndWalesBankHoliday } from './bank-holidays';

/** gov.uk/bank-holidays for England and Wales, 2025-2027, as the platform kept them by hand until ADR 0017: the oracle. */
const GOV_UK: [string, string][] = [
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

const daysOf = (year: number) => englandAndWalesBankHolidays(year).map((h) => h.day);

describe('England and Wales bank holidays from date-holidays (ADR 0017)', () => {
  it('are the gov.uk list for 2025-2027, names and substitute days included', () => {
    const fromLibrary = [2025, 2026, 2027].flatMap((y) => englandAndWalesBankHolidays(y).map((h) => [h.day, h.name]));
    expect(fromLibrary).toEqual(GOV_UK);
  });

  it('run for every year a contract can (Wiltshire: to 2028, extendable to 2031), eight a year on known dates', () => {
    for (const year of [2028, 2029, 2030, 2031]) expect({ year, count: daysOf(year).length }).toEqual({ year, count: 8 });
    expect(daysOf(2028)).toEqual([
      '2028-01-03', // New Year's Day falls on a Saturday: the substitute Monday
      '2028-04-14', // Good Friday
      '2028-04-17',
      '2028-05-01',
      '2028-05-29',
      '2028-08-28',
      '2028-12-25',
      '2028-12-26',
    ]);
    expect(daysOf(2029)).toContain('2029-03-30'); // Good Friday
    expect(daysOf(2030)).toContain('2030-04-19');
    expect(daysOf(2031)).toEqual(expect.arrayContaining(['2031-04-11', '2031-04-14', '2031-12-25', '2031-12-26']));
  });

  it('count substitute days, not the weekend days they replace', () => {
    expect(isEnglandAndWalesBankHoliday('2027-12-27')).toBe(true); // Christmas Day 2027 (a Saturday), substitute
    expect(isEnglandAndWalesBankHoliday('2027-12-28')).toBe(true); // Boxing Day 2027 (a Sunday), substitute
    expect(isEnglandAndWalesBankHoliday('2027-12-25')).toBe(false);
    expect(englandAndWalesBankHolidays(2027).find((h) => h.day === '2027-12-27')?.name).toBe('Christmas Day (substitute day)');
  });

  it('leave out observances (Easter Sunday, Mother’s Day) and include days proclaimed once (the 2023 coronation)', () => {
    expect(isEnglandAndWalesBankHoliday('2026-04-05')).toBe(false);
    expect(isEnglandAndWalesBankHoliday('2026-03-15')).toBe(false);
    expect(isEnglandAndWalesBankHoliday('2023-05-08')).toBe(true);
  });

  it('are the same in Wales as in England', () => {
    const wales = new Holidays('GB', 'WLS', { types: ['public'] });
    for (const year of [2025, 2026, 2027, 2028, 2029, 2030, 2031]) {
      const welsh = (wales.getHolidays(year) || [])
        .map((h) => h.date.slice(0, 10))
        .filter((d) => ![0, 6].includes(new Date(d).getUTCDay()));
      expect({ year, days: welsh.sort() }).toEqual({ year, days: daysOf(year) });
    }
  });
});
