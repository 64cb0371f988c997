import { addDays, DayBasis } from '@carers/calendar';
import { ClockKind } from '@carers/contracts';

export { addDays, daysBetween, ENGLAND_AND_WALES_BANK_HOLIDAYS } from '@carers/calendar';
export type { DayBasis } from '@carers/calendar';

export interface ClockPolicy {
  kind: ClockKind;
  days: number;
  basis: DayBasis;
}

/** The published KPI set's timescales (domain brief 3.1): 10, 14 and 4 days; 7 days; 12 weeks; 12 months. */
export const DEFAULT_POLICIES: ClockPolicy[] = [
  { kind: 'first-contact', days: 10, basis: 'calendar' },
  { kind: 'commenced', days: 14, basis: 'calendar' },
  { kind: 'fast-track-commenced', days: 4, basis: 'calendar' },
  { kind: 'plan-after-assessment', days: 7, basis: 'calendar' },
  { kind: 'light-touch-review', days: 84, basis: 'calendar' },
  { kind: 'planned-review', days: 365, basis: 'calendar' },
];

/** When a clock is due and when it warns (three quarters of the way). */
export function clockDates(startedOn: string, policy: ClockPolicy, bankHolidays: ReadonlySet<string>): { dueOn: string; warnOn: string } {
  return {
    dueOn: addDays(startedOn, policy.days, policy.basis, bankHolidays),
    warnOn: addDays(startedOn, Math.ceil(policy.days * 0.75), policy.basis, bankHolidays),
  };
}
