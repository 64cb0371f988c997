import { CaseState } from './ladder';
import { CaseClosedError, CaseNotFoundError } from './case.errors';
import { reaches, Scope } from '@carers/contracts';

/** A performance case as the ladder and the people working it see it. */
export interface PerformanceCase extends CaseState {
  id: string;
  providerId: string;
  kpiId: string;
  status: 'open' | 'paused' | 'closed';
  policyVersion: number;
  pausedOn?: string;
}

/** Who acts on a case, and the cases their scope reaches: a provider worker only their own organisation's. */
export interface Caller {
  subject: string;
  scope: Scope;
}

/** Who moved a case, as its history records it. */
export interface Actor {
  actor: string;
  movedBy: 'ladder' | 'council-officer';
  reason?: string;
}

export const LADDER: Actor = { actor: 'ladder', movedBy: 'ladder' };

/** A provider worker sees only their own organisation's cases; anyone else, the council's. */
export function visibleTo(c: { providerId: string } | undefined, who: Caller): boolean {
  return !!c && reaches(who.scope, c.providerId);
}

/** The case a caller may act on: one they can see, not closed. */
export function actionable(c: PerformanceCase | undefined, caseId: string, who: Caller): PerformanceCase {
  if (!c || !visibleTo(c, who)) throw new CaseNotFoundError(caseId);
  if (c.status === 'closed') throw new CaseClosedError();
  return c;
}
