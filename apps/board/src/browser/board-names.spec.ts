import { BoardNames } from './board-names.js';

describe('the names the page shows for ids', () => {
  it('learns providers and KPIs from the RAG matrix and stages from the board, and falls back to the id', () => {
    const names = new BoardNames();
    expect(names.provider('vale-family-support')).toBe('vale-family-support');
    names.rememberMatrix({
      rows: [
        { providerId: 'vale-family-support', name: 'Vale Family Support', consortium: false, cells: [] },
        { providerId: 'carers-together', name: 'Consortium', consortium: true, cells: [] },
      ],
      columns: [
        { kpiId: 'first-contact-10-days', shortName: 'Contact in 10 days', name: 'First contact within 10 working days', unit: '%' },
      ],
    });
    names.rememberStages([{ id: 'board-referral', name: 'Board referral' }]);
    expect(names.provider('vale-family-support')).toBe('Vale Family Support');
    expect(names.provider('carers-together')).toBe('Consortium');
    expect(names.kpi('first-contact-10-days')).toBe('Contact in 10 days');
    expect(names.stage('board-referral')).toBe('Board referral');
    expect(names.stage('new-rung')).toBe('new-rung');
    expect(names.kpi('unknown-kpi')).toBe('unknown-kpi');
  });

  it('can be handed on as plain functions', () => {
    const names = new BoardNames();
    names.rememberStages([{ id: 'amber-notice', name: 'Amber notice' }]);
    const { stage } = names;
    expect(['amber-notice'].map(stage)).toEqual(['Amber notice']);
  });
});
