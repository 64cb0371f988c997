import { kpiKeyNote, matrixCaption, packStatusText, trendKpiFor } from './matrix-text.js';

describe('the words around the RAG matrix', () => {
  it('says how final the month’s figures are', () => {
    expect(packStatusText({ status: 'open' })).toBe('figures still open');
    expect(packStatusText({ status: 'provisional', disputeUntil: '2026-11-20' })).toBe('provisional, open to dispute until 20 Nov 2026');
    expect(packStatusText({ status: 'provisional' })).toBe('provisional');
    expect(packStatusText({ status: 'confirmed' })).toBe('confirmed');
  });

  it('captions the table with the month and its status', () => {
    expect(matrixCaption({ period: '2026-10', status: 'confirmed' })).toBe(
      'RAG status of each KPI for each consortium member and the consortium, October 2026 (confirmed). ' +
        'Each cell gives the value, the RAG status and the direction of travel since the month before. Choose a KPI heading to chart its trend.',
    );
  });

  it('gives the target and floor in the key, and says when lower is better', () => {
    expect(kpiKeyNote({ unit: '%', target: 90, floor: 80, direction: 'higher-is-better' })).toBe(' Target 90%, floor 80%.');
    expect(kpiKeyNote({ unit: 'days', target: 14, floor: 21, direction: 'lower-is-better' })).toBe(
      ' Target 14 days, floor 21 days (lower is better).',
    );
    expect(kpiKeyNote({ unit: 'count' })).toBe('');
  });

  it('keeps the charted KPI when the month has it, else charts the first', () => {
    const columns = [{ kpiId: 'a' }, { kpiId: 'b' }];
    expect(trendKpiFor(columns, 'b')).toBe('b');
    expect(trendKpiFor(columns, 'gone')).toBe('a');
    expect(trendKpiFor(columns, undefined)).toBe('a');
    expect(trendKpiFor([], 'b')).toBeUndefined();
  });
});
