import { WorkingCalendar } from '@carers/calendar';
import { ESCALATION_STAGES } from '@carers/contracts';
import type { OpenCase } from './board-view-models';
import { CaseRow } from './upstream-shapes';

/**
 * Working days from `today` to `dueOn`: 0 on the day, negative when the day has passed. Counted on the council's
 * calendar as escalation counts its deadlines: bank holidays and the council's closure days (ADR 0017).
 */
export function workingDaysLeft(today: string, dueOn: string, calendar: WorkingCalendar = WorkingCalendar.englandAndWales): number {
  return calendar.workingDaysLeft(today, dueOn);
}

const stageOrder = (stage: string) => {
  const i = (ESCALATION_STAGES as readonly string[]).indexOf(stage);
  return i < 0 ? ESCALATION_STAGES.length : i;
};

/** Live cases with their timers, by stage up the ladder (furthest first), then the soonest due. */
export function openCases(cases: CaseRow[], today: string, calendar?: WorkingCalendar): OpenCase[] {
  return cases
    .filter((c) => c.status !== 'closed')
    .map((c) => ({
      ...c,
      paused: c.status === 'paused',
      workingDaysLeft: c.dueOn && c.status !== 'paused' ? workingDaysLeft(today, c.dueOn, calendar) : null,
    }))
    .sort(
      (a, b) =>
        stageOrder(b.stage) - stageOrder(a.stage) ||
        (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
        a.openedOn.localeCompare(b.openedOn),
    );
}
