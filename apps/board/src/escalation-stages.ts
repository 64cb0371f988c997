import { ESCALATION_STAGES, EscalationStage } from '@carers/contracts';
import type { StageOption } from './board-view-models';

/** The board's name for each rung of the escalation ladder: every stage the contract lists, and no other. */
export const STAGE_NAMES: Record<EscalationStage, string> = {
  'amber-notice': 'Amber notice',
  'review-meeting': 'Review meeting',
  'remedial-plan': 'Remedial plan',
  'improvement-notice': 'Improvement notice',
  'service-credits': 'Service credits',
  'board-referral': 'Board referral',
  'contract-remedy': 'Contract remedy',
};

/** The ladder as the page is sent it (GET /api/board): lowest rung first, in the contract's order. */
export function escalationStages(): StageOption[] {
  return ESCALATION_STAGES.map((id) => ({ id, name: STAGE_NAMES[id] }));
}
