import { casesByStage, casesSummary, stageHeading, stagesHeld } from './case-groups.js';

const LADDER = [
  'amber-notice',
  'review-meeting',
  'remedial-plan',
  'improvement-notice',
  'service-credits',
  'board-referral',
  'contract-remedy',
];
const NAMES: Record<string, string> = {
  'amber-notice': 'Amber notice',
  'remedial-plan': 'Remedial plan',
  'board-referral': 'Board referral',
};
const name = (id: string) => NAMES[id] ?? id;

describe('open cases by stage', () => {
  const cases = [
    { id: 'a', stage: 'amber-notice' },
    { id: 'b', stage: 'board-referral' },
    { id: 'c', stage: 'remedial-plan' },
    { id: 'd', stage: 'amber-notice' },
  ];

  it('lists only the stages that hold a case, furthest up the ladder first', () => {
    expect(stagesHeld(cases, LADDER)).toEqual(['board-referral', 'remedial-plan', 'amber-notice']);
  });

  it('puts a stage the ladder does not know after the ones it does', () => {
    expect(stagesHeld([{ stage: 'mystery' }, { stage: 'amber-notice' }], LADDER)).toEqual(['amber-notice', 'mystery']);
    expect(stagesHeld([{ stage: 'remedial-plan' }, { stage: 'amber-notice' }], [])).toEqual(['remedial-plan', 'amber-notice']);
  });

  it('groups the cases, keeping their order within a stage', () => {
    expect(casesByStage(cases, LADDER).map((g) => [g.stage, g.cases.map((c) => c.id)])).toEqual([
      ['board-referral', ['b']],
      ['remedial-plan', ['c']],
      ['amber-notice', ['a', 'd']],
    ]);
  });

  it('sums the cases up in a line', () => {
    expect(casesSummary(cases, LADDER, name)).toBe('4 open cases: Board referral 1, Remedial plan 1, Amber notice 2.');
    expect(casesSummary([{ stage: 'amber-notice' }], LADDER, name)).toBe('1 open case: Amber notice 1.');
    expect(casesSummary([], LADDER, name)).toBe('No open cases.');
  });

  it('heads each stage with its count', () => {
    expect(stageHeading('Remedial plan', 1)).toBe('Remedial plan: 1 case');
    expect(stageHeading('Amber notice', 2)).toBe('Amber notice: 2 cases');
  });
});
