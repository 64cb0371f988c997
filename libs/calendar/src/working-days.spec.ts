import { addDays, daysBetween } from './working-days';
import { WorkingCalendar } from './working-calendar';

describe('working days', () => {
  it('counts calendar days across month ends', () => {
    expect(addDays('2026-01-25', 10, 'calendar')).toBe('2026-02-04');
  });
  it('counts working days past weekends and bank holidays', () => {
    // Thu 24 Dec 2026 + 3 working days: Fri 25 (Christmas), Mon 28 (Boxing Day substitute) skipped -> Tue 29, Wed 30, Thu 31
    expect(addDays('2026-12-24', 3, 'working')).toBe('2026-12-31');
    expect(addDays('2026-11-20', 1, 'working')).toBe('2026-11-23');
  });
  it('measures a wait the way its clock counts', () => {
    expect(daysBetween('2026-12-24', '2026-12-31', 'working')).toBe(3);
    expect(daysBetween('2026-12-24', '2026-12-31', 'calendar')).toBe(7);
    expect(daysBetween('2026-12-31', '2026-12-24', 'calendar')).toBe(0);
  });
  it('knows bank holidays past the end of the old hand-kept list (ADR 0017)', () => {
    // Thu 13 Apr 2028 + 1 working day: Good Friday and Easter Monday skipped -> Tue 18
    expect(addDays('2028-04-13', 1, 'working')).toBe('2028-04-18');
    // Tue 24 Dec 2030 to Tue 31: Wed 25 and Thu 26 are bank holidays -> Fri 27, Mon 30, Tue 31
    expect(daysBetween('2030-12-24', '2030-12-31', 'working')).toBe(3);
  });
});

describe('a council working calendar (ADR 0017)', () => {
  const wiltshire = WorkingCalendar.forCouncil(['2026-11-19', { day: '2026-12-29' }]);

  it('skips the council own closure days as well as weekends and bank holidays', () => {
    expect(wiltshire.isWorkingDay('2026-11-19')).toBe(false);
    expect(wiltshire.isWorkingDay('2026-11-20')).toBe(true);
    expect(wiltshire.isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(wiltshire.isWorkingDay('2026-12-25')).toBe(false);
    // Mon 16 Nov 2026 + 3: Tue 17, Wed 18, (Thu 19 closed) Fri 20
    expect(wiltshire.addDays('2026-11-16', 3, 'working')).toBe('2026-11-20');
    expect(WorkingCalendar.englandAndWales.addDays('2026-11-16', 3, 'working')).toBe('2026-11-19');
    expect(wiltshire.daysBetween('2026-12-24', '2026-12-31', 'working')).toBe(2);
  });

  it('leaves calendar-day clocks alone', () => {
    expect(wiltshire.addDays('2026-11-16', 3, 'calendar')).toBe('2026-11-19');
    expect(wiltshire.daysBetween('2026-11-16', '2026-11-20', 'calendar')).toBe(4);
  });

  it('counts working days left, negative once overdue', () => {
    expect(wiltshire.workingDaysLeft('2026-11-16', '2026-11-20')).toBe(3);
    expect(wiltshire.workingDaysLeft('2026-11-20', '2026-11-20')).toBe(0);
    expect(wiltshire.workingDaysLeft('2026-11-23', '2026-11-18')).toBe(-2); // Fri 20, Mon 23; Thu 19 closed
  });

  it('lists its closure days in date order', () => {
    expect(WorkingCalendar.forCouncil(['2027-01-04', '2026-12-29', '2027-01-04']).closureDays).toEqual(['2026-12-29', '2027-01-04']);
  });
});
