import { DayBasis, WorkingCalendar } from '@carers/calendar';
import { ClockKind } from '@carers/contracts';
import { DeadlinePassedError, PauseBeforeStartError } from './clock.errors';

export { addDays, daysBetween, WorkingCalendar } from '@carers/calendar';
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

/** When a clock is due and when it warns (three quarters of the way), on the council's working calendar (ADR 0017). */
export function clockDates(startedOn: string, policy: ClockPolicy, calendar: WorkingCalendar): { dueOn: string; warnOn: string } {
  return {
    dueOn: calendar.addDays(startedOn, policy.days, policy.basis),
    warnOn: calendar.addDays(startedOn, Math.ceil(policy.days * 0.75), policy.basis),
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
  calendar: WorkingCalendar,
): { pausedDays: number; warnOn: string; dueOn: string } {
  const pausedDays = calendar.daysBetween(c.pausedSince, on, c.basis);
  return {
    pausedDays,
    warnOn: calendar.addDays(c.warnOn, pausedDays, c.basis),
    dueOn: calendar.addDays(c.dueOn, pausedDays, c.basis),
  };
}
