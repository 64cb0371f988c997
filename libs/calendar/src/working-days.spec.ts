import { addDays, daysBetween, ENGLAND_AND_WALES_BANK_HOLIDAYS } from './working-days';

const holidays = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map(([day]) => day));

describe('working days', () => {
  it('counts calendar days across month ends', () => {
    expect(addDays('2026-01-25', 10, 'calendar')).toBe('2026-02-04');
  });
  it('counts working days past weekends and bank holidays', () => {
    // Thu 24 Dec 2026 + 3 working days: Fri 25 (Christmas), Mon 28 (Boxing Day substitute) skipped -> Tue 29, Wed 30, Thu 31
    expect(addDays('2026-12-24', 3, 'working', holidays)).toBe('2026-12-31');
    expect(addDays('2026-11-20', 1, 'working', holidays)).toBe('2026-11-23');
  });
  it('measures a wait the way its clock counts', () => {
    expect(daysBetween('2026-12-24', '2026-12-31', 'working', holidays)).toBe(3);
    expect(daysBetween('2026-12-24', '2026-12-31', 'calendar')).toBe(7);
    expect(daysBetween('2026-12-31', '2026-12-24', 'calendar')).toBe(0);
  });
});
