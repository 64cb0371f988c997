import { ESCALATION_STAGES } from '@carers/contracts';
import { escalationStages, STAGE_NAMES } from './escalation-stages';

describe('the escalation ladder the page is sent', () => {
  it("is the contract's ladder, lowest rung first, each with its name", () => {
    expect(escalationStages().map((s) => s.id)).toEqual([...ESCALATION_STAGES]);
    expect(escalationStages()).toEqual([
      { id: 'amber-notice', name: 'Amber notice' },
      { id: 'review-meeting', name: 'Review meeting' },
      { id: 'remedial-plan', name: 'Remedial plan' },
      { id: 'improvement-notice', name: 'Improvement notice' },
      { id: 'service-credits', name: 'Service credits' },
      { id: 'board-referral', name: 'Board referral' },
      { id: 'contract-remedy', name: 'Contract remedy' },
    ]);
  });

  it('names no stage the contract does not have', () => {
    expect(Object.keys(STAGE_NAMES).sort()).toEqual([...ESCALATION_STAGES].sort());
  });
});
