import { addDays, DayBasis, daysBetween } from '@carers/calendar';
import { ClockKind } from '@carers/contracts';
import { DeadlinePassedError, PauseBeforeStartError } from './clock.errors';

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

/** A running clock, as pausing and resuming it needs. */
export interface ClockSpan {
  startedOn: string;
  warnOn: string;
  dueOn: string;
  basis: DayBasis;
}

/** A pause cannot hide a breach: it must start before the deadline, and not before the clock did. */
export function mustBeAbleToPause(kind: ClockKind, c: Pick<ClockSpan, 'startedOn' | 'dueOn'>, on: string): void {
  if (on > c.dueOn) throw new DeadlinePassedError(kind, c.dueOn);
  if (on < c.startedOn) throw new PauseBeforeStartError(c.startedOn);
}

/** Resuming adds the time paused to the deadline and the warning, counted as the clock counts days. */
export function resumed(
  c: ClockSpan & { pausedSince: string },
  on: string,
  bankHolidays: ReadonlySet<string>,
): { pausedDays: number; warnOn: string; dueOn: string } {
  const pausedDays = daysBetween(c.pausedSince, on, c.basis, bankHolidays);
  return {
    pausedDays,
    warnOn: addDays(c.warnOn, pausedDays, c.basis, bankHolidays),
    dueOn: addDays(c.dueOn, pausedDays, c.basis, bankHolidays),
  };
}
