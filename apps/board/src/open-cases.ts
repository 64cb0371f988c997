import { BANK_HOLIDAYS_ENGLAND_AND_WALES, daysBetween } from '@carers/calendar';
import { ESCALATION_STAGES } from '@carers/contracts';
import type { OpenCase } from './board-view-models';
import { CaseRow } from './upstream-shapes';

/** Working days from `today` to `dueOn`: 0 on the day, negative when the day has passed. */
export function workingDaysLeft(today: string, dueOn: string, bankHolidays: ReadonlySet<string> = BANK_HOLIDAYS_ENGLAND_AND_WALES): number {
  return dueOn >= today ? daysBetween(today, dueOn, 'working', bankHolidays) : -daysBetween(dueOn, today, 'working', bankHolidays);
}

const stageOrder = (stage: string) => {
  const i = (ESCALATION_STAGES as readonly string[]).indexOf(stage);
  return i < 0 ? ESCALATION_STAGES.length : i;
};

/** Live cases with their timers, by stage up the ladder (furthest first), then the soonest due. */
export function openCases(cases: CaseRow[], today: string, bankHolidays?: ReadonlySet<string>): OpenCase[] {
  return cases
    .filter((c) => c.status !== 'closed')
    .map((c) => ({
      ...c,
      paused: c.status === 'paused',
      workingDaysLeft: c.dueOn && c.status !== 'paused' ? workingDaysLeft(today, c.dueOn, bankHolidays) : null,
    }))
    .sort(
      (a, b) =>
        stageOrder(b.stage) - stageOrder(a.stage) ||
        (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
        a.openedOn.localeCompare(b.openedOn),
    );
}
