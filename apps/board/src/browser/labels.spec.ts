import {
  alertKindLabel,
  arrowOf,
  creditStatusLabel,
  creditStatusText,
  planStatusLabel,
  ragIcon,
  ragKeyOf,
  reversalReasonLabel,
  unitLabel,
} from './labels.js';

describe('the page’s labels', () => {
  it('names alert kinds, and reads an unknown kind as its code with spaces', () => {
    expect(alertKindLabel('board-referral')).toBe('Referred to the board');
    expect(alertKindLabel('contract-remedy-recommended')).toBe('Contract remedy recommended');
    expect(alertKindLabel('credit-withheld')).toBe('Service credit withheld');
    expect(alertKindLabel('credit-reversed')).toBe('Service credit reversed');
    expect(alertKindLabel('credit-released')).toBe('Service credit released');
    expect(alertKindLabel('credit-accrued')).toBe('Service credit accrued');
    expect(alertKindLabel('policy-changed-by-officer')).toBe('policy changed by officer');
  });

  it('names plan and credit statuses, keeping any it does not know', () => {
    expect(planStatusLabel('submitted')).toBe('Submitted, awaiting decision');
    expect(planStatusLabel('rejected')).toBe('rejected');
    expect(creditStatusLabel('waived')).toBe('Waived');
    expect(creditStatusLabel('accrued')).toBe('Pending confirmation');
    expect(creditStatusLabel('withheld')).toBe('Withheld');
    expect(creditStatusLabel('reversed')).toBe('Reversed');
    expect(creditStatusLabel('released')).toBe('Released to the provider');
    expect(creditStatusLabel('retained')).toBe('Retained');
    expect(creditStatusLabel('forgiven')).toBe('forgiven');
  });

  it('says why a credit was reversed, and reads an unknown reason as its code with spaces', () => {
    expect(reversalReasonLabel('relief')).toBe('relief granted');
    expect(reversalReasonLabel('dispute-upheld')).toBe('dispute upheld');
    expect(reversalReasonLabel('not-breached-when-closed')).toBe('closed out of breach');
    expect(reversalReasonLabel('officer-withdrew')).toBe('officer withdrew');
  });

  it("reads a credit's status with the reason for a reversal, waiver or adjustment", () => {
    expect(creditStatusText({ status: 'withheld', reversalReason: null, adjustmentReason: null })).toBe('Withheld');
    expect(creditStatusText({ status: 'accrued' })).toBe('Pending confirmation');
    expect(creditStatusText({ status: 'reversed', reversalReason: 'relief' })).toBe('Reversed: relief granted');
    expect(creditStatusText({ status: 'reversed', reversalReason: 'dispute-upheld' })).toBe('Reversed: dispute upheld');
    expect(creditStatusText({ status: 'reversed', reversalReason: 'not-breached-when-closed' })).toBe('Reversed: closed out of breach');
    expect(creditStatusText({ status: 'waived', adjustmentReason: 'council-caused delay' })).toBe('Waived: council-caused delay');
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
