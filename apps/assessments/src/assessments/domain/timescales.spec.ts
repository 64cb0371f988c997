import { clockDates, ENGLAND_AND_WALES_BANK_HOLIDAYS } from './timescales';

const holidays = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map(([day]) => day));

describe('timescales', () => {
  it('warns three quarters of the way through a 14-day clock, rounding up', () => {
    expect(clockDates('2026-11-01', { kind: 'commenced', days: 14, basis: 'calendar' }, holidays)).toEqual({ dueOn: '2026-11-15', warnOn: '2026-11-12' });
  });
  it('puts a working-day clock past the Christmas bank holidays', () => {
    expect(clockDates('2026-12-24', { kind: 'first-contact', days: 4, basis: 'working' }, holidays)).toEqual({ dueOn: '2027-01-04', warnOn: '2026-12-31' });
  });
});
