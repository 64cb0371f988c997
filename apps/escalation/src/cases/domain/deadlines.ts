import { addDays, BANK_HOLIDAYS_ENGLAND_AND_WALES, daysBetween } from '@carers/calendar';
import { EscalationStage } from '@carers/contracts';
import { EscalationPolicy } from './escalation-policy';
import { daysAllowed } from './ladder';

/** A stage's deadline, in working days from the day the case entered it. */
export function dueFor(stage: EscalationStage, policy: EscalationPolicy, from: string): string | undefined {
  const n = daysAllowed(stage, policy);
  return n === undefined ? undefined : addDays(from, n, 'working', BANK_HOLIDAYS_ENGLAND_AND_WALES);
}

/** A paused case's deadline moves by the working days it was paused. */
export function afterPause(dueOn: string | undefined, pausedOn: string, resumedOn: string): { pausedDays: number; dueOn?: string } {
  const pausedDays = daysBetween(pausedOn, resumedOn, 'working', BANK_HOLIDAYS_ENGLAND_AND_WALES);
  return { pausedDays, dueOn: dueOn ? addDays(dueOn, pausedDays, 'working', BANK_HOLIDAYS_ENGLAND_AND_WALES) : undefined };
}
