import { previousMonth } from '@carers/calendar';
import { directionOfTravel, isLate } from './direction';

describe('direction of travel and due dates', () => {
  it('reads better in the KPI own direction', () => {
    expect(directionOfTravel(85, 80, 'higher-is-better')).toBe('improving');
    expect(directionOfTravel(85, 80, 'lower-is-better')).toBe('worsening');
    expect(directionOfTravel(80, 80, 'higher-is-better')).toBe('same');
    expect(directionOfTravel(80, undefined, 'higher-is-better')).toBe('new');
  });
  it('knows the month before, across a year end', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
  });
  it('counts a return late after its due day in the following month', () => {
    expect(isLate('2026-10', '2026-11-10', 10)).toBe(false);
    expect(isLate('2026-10', '2026-11-11', 10)).toBe(true);
    expect(isLate('2026-12', '2027-01-11', 10)).toBe(true);
  });
});
