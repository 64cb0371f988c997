import { RemedialAction } from '@carers/contracts';
import { InvalidPlanError } from './case.errors';

export type PlanStatus = 'requested' | 'submitted' | 'approved' | 'rejected' | 'failed' | 'completed';

export interface RemedialPlan {
  id: string;
  cycle: number;
  status: PlanStatus;
  actions: (RemedialAction & { completedOn?: string })[];
  /** Set when one plan answers several cases of the same provider: every case's plan row carries it. */
  sharedPlanId?: string;
}

/** The first action of a plan still open: its date is the case's next deadline. */
export function nextMilestone(actions: { dueOn: string; completedOn?: string }[]): string | undefined {
  return actions
    .filter((a) => !a.completedOn)
    .map((a) => a.dueOn)
    .sort()[0];
}

/** A plan's actions must all fall due from today on, each with its own id. */
export function checkActions(actions: RemedialAction[], today: string): void {
  const past = actions.filter((a) => a.dueOn < today);
  if (past.length) throw new InvalidPlanError(`actions: ${past.map((a) => a.actionId).join(', ')} fall due before today`);
  if (new Set(actions.map((a) => a.actionId)).size !== actions.length)
    throw new InvalidPlanError('actions: each action needs its own actionId');
}
