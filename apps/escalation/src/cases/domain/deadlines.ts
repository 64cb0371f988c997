import { WorkingCalendar } from '@carers/calendar';
import { EscalationStage } from '@carers/contracts';
import { EscalationPolicy } from './escalation-policy';
import { daysAllowed } from './ladder';

/**
 * A stage's deadline, in working days from the day the case entered it, on the council's calendar: England and
 * Wales bank holidays of any year and the council's own closure days, as assessments announces them (ADR 0017).
 */
export function dueFor(stage: EscalationStage, policy: EscalationPolicy, from: string, calendar: WorkingCalendar): string | undefined {
  const n = daysAllowed(stage, policy);
  return n === undefined ? undefined : calendar.addDays(from, n, 'working');
}

/** A paused case's deadline moves by the working days it was paused, on the same calendar (ADR 0017). */
export function afterPause(
  dueOn: string | undefined,
  pausedOn: string,
  resumedOn: string,
  calendar: WorkingCalendar,
): { pausedDays: number; dueOn?: string } {
  const pausedDays = calendar.daysBetween(pausedOn, resumedOn, 'working');
  return { pausedDays, dueOn: dueOn ? calendar.addDays(dueOn, pausedDays, 'working') : undefined };
}
