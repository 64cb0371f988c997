import { CaseStateError, InvalidMeetingError } from './case.errors';
import { PerformanceCase } from './performance-case';

export const INVESTIGATION_OUTCOMES = ['remedial-plan', 'no-further-action'] as const;
export type InvestigationOutcome = (typeof INVESTIGATION_OUTCOMES)[number];

/** A joint investigation of a breach, agreed at the contract management meeting (NHS Standard Contract GC9). */
export interface JointInvestigation {
  id: string;
  caseId: string;
  agreedOn: string;
  agreedBy: string;
  terms: string;
  reportBy: string;
  concludedOn?: string;
  concludedBy?: string;
  findings?: string;
  outcome?: InvestigationOutcome;
}

/** Agreed at the review meeting only, with its report due from today on, and one open at a time. */
export function checkAgreement(c: PerformanceCase, open: JointInvestigation | undefined, reportBy: string, today: string): void {
  if (c.stage !== 'review-meeting')
    throw new CaseStateError('a joint investigation is agreed at the contract management meeting (the review-meeting stage)');
  if (open) throw new CaseStateError('a joint investigation is open already; conclude it first');
  if (reportBy < today) throw new InvalidMeetingError('reportBy: the report falls due from today on');
}

/** Concluded once, while open. */
export function checkConclusion(open: JointInvestigation | undefined): JointInvestigation {
  if (!open) throw new CaseStateError('there is no open joint investigation on this case');
  return open;
}
