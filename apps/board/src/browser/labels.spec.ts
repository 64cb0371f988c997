import { alertKindLabel, arrowOf, creditStatusLabel, planStatusLabel, ragIcon, ragKeyOf, unitLabel } from './labels.js';

describe('the page’s labels', () => {
  it('names alert kinds, and reads an unknown kind as its code with spaces', () => {
    expect(alertKindLabel('board-referral')).toBe('Referred to the board');
    expect(alertKindLabel('contract-remedy-recommended')).toBe('Contract remedy recommended');
    expect(alertKindLabel('policy-changed-by-officer')).toBe('policy changed by officer');
  });

  it('names plan and credit statuses, keeping any it does not know', () => {
    expect(planStatusLabel('submitted')).toBe('Submitted, awaiting decision');
    expect(planStatusLabel('rejected')).toBe('rejected');
    expect(creditStatusLabel('waived')).toBe('Waived');
    expect(creditStatusLabel('reversed')).toBe('reversed');
  });

  it('gives each RAG status its own shape, so colour is never the only sign', () => {
    const icons = (['green', 'amber', 'red', 'no-data'] as const).map(ragIcon);
    expect(icons).toEqual(['●', '▲', '■', '○']);
    expect(new Set(icons).size).toBe(4);
    expect(ragIcon('unheard-of')).toBe('○');
  });

  it('turns a RAG label into its key', () => {
    expect(ragKeyOf('Green')).toBe('green');
    expect(ragKeyOf('Amber')).toBe('amber');
    expect(ragKeyOf('Red')).toBe('red');
    expect(ragKeyOf('No data')).toBe('no-data');
  });

  it('draws the direction of travel as an arrow, with a chosen fallback', () => {
    expect(arrowOf('improving')).toBe('↑');
    expect(arrowOf('worsening')).toBe('↓');
    expect(arrowOf('no change')).toBe('→');
    expect(arrowOf('no earlier figure')).toBe('–');
    expect(arrowOf('sideways')).toBe('–');
    expect(arrowOf('sideways', '')).toBe('');
  });

  it('names units as the headings read them', () => {
    expect(unitLabel('%')).toBe('%');
    expect(unitLabel('score')).toBe('score of 5');
    expect(unitLabel('furlongs')).toBe('furlongs');
  });
});
