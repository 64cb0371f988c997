import { CATALOGUE, pack, PROVIDERS, row } from './board-test-data.test-helpers';
import { cellOf, ragMatrix } from './rag-matrix';

describe('ragMatrix: the board pack as a matrix of members and KPIs', () => {
  const rows = [
    row({ providerId: 'wiltshire-carers', attribution: 'member', value: 85.7, status: 'amber', directionOfTravel: 'worsening' }),
    row({ providerId: 'downs-carers', attribution: 'member', value: 70, status: 'red', breached: true, directionOfTravel: 'same' }),
    row({ value: 80.2, status: 'amber', directionOfTravel: 'new' }),
    row({
      kpiId: 'waiting-list-size',
      providerId: 'downs-carers',
      attribution: 'member',
      value: 120,
      numerator: undefined,
      denominator: 120,
      status: 'red',
    }),
    row({
      kpiId: 'median-wait-to-commence',
      providerId: 'downs-carers',
      attribution: 'member',
      value: 12,
      status: 'amber',
      relief: 'system outage',
    }),
    row({
      kpiId: 'median-wait-to-commence',
      providerId: 'wiltshire-carers',
      attribution: 'member',
      value: undefined,
      status: 'insufficient-data',
    }),
    row({
      kpiId: 'retired-kpi',
      kpi: 'An old KPI with a rather long name indeed',
      providerId: 'downs-carers',
      attribution: 'member',
      value: 1,
      status: 'green',
    }),
  ];
  const matrix = ragMatrix(pack(rows), CATALOGUE, PROVIDERS);

  it('has a column per catalogue KPI, then those only the pack holds, with short names and units', () => {
    expect(matrix.columns.map((c) => [c.kpiId, c.shortName, c.unit])).toEqual([
      ['first-contact-10-days', 'Contact in 10 days', '%'],
      ['waiting-list-size', 'Waiting list', 'count'],
      ['median-wait-to-commence', 'Median wait', 'days'],
      ['listened-to-and-respected', 'Listened to and respected', 'score'],
      ['retired-kpi', 'An old KPI with a rather…', '%'],
    ]);
    expect(matrix.columns[0]).toMatchObject({ target: 90, floor: 80, direction: 'higher-is-better', name: CATALOGUE[0].name });
  });

  it('has the lead member first, then the others by name, then the consortium', () => {
    expect(matrix.rows.map((r) => [r.name, r.consortium])).toEqual([
      ['Wiltshire Carers Hub', false],
      ['Downs Carers', false],
      ['Consortium', true],
    ]);
  });

  it('gives each cell its value with unit, RAG in words and direction of travel', () => {
    const downs = matrix.rows[1].cells;
    expect(downs[0]).toEqual({
      kpiId: 'first-contact-10-days',
      value: 70,
      display: '70%',
      rag: 'red',
      ragLabel: 'Red',
      direction: 'no change',
      breached: true,
    });
    expect(downs[1]).toMatchObject({ display: '120', rag: 'red', ragLabel: 'Red' });
    expect(downs[2]).toMatchObject({ display: '12 days', ragLabel: 'Amber', relief: 'system outage' });
    expect(matrix.rows[0].cells[0]).toMatchObject({ display: '85.7%', ragLabel: 'Amber', direction: 'worsening' });
    expect(matrix.rows[2].cells[0]).toMatchObject({ display: '80.2%', direction: 'no earlier figure' });
  });

  it('says "No data" where the pack has no figure or too few cases', () => {
    expect(matrix.rows[0].cells[2]).toMatchObject({ value: null, display: 'No data', rag: 'no-data', ragLabel: 'No data' });
    expect(matrix.rows[2].cells[1]).toMatchObject({ display: 'No data', ragLabel: 'No data' });
  });

  it('keeps the period and its close status', () => {
    expect(matrix).toMatchObject({ period: '2026-10', status: 'provisional', disputeUntil: '2026-11-10' });
  });

  it('works from the pack alone when the provider list is unavailable', () => {
    const bare = ragMatrix(pack(rows), []);
    expect(bare.rows.map((r) => r.name)).toEqual(['wiltshire-carers', 'downs-carers', 'Consortium']);
    expect(bare.columns.map((c) => c.kpiId)).toEqual([
      'first-contact-10-days',
      'waiting-list-size',
      'median-wait-to-commence',
      'retired-kpi',
    ]);
  });

  it('names each consortium when a council has more than one', () => {
    const two = ragMatrix(pack([row({}), row({ providerId: 'north-consortium' })]), CATALOGUE, PROVIDERS);
    expect(two.rows.filter((r) => r.consortium).map((r) => r.name)).toEqual([
      'Consortium: Carers Together',
      'Consortium: north-consortium',
    ]);
  });
});

describe('cellOf', () => {
  it('formats one day, scores and whole numbers', () => {
    expect(cellOf('k', 'days', row({ value: 1 })).display).toBe('1 day');
    expect(cellOf('k', 'score', row({ value: 4.25 })).display).toBe('4.3 of 5');
    expect(cellOf('k', 'count', row({ value: 0 })).display).toBe('0');
  });

  it('is "No data" without a row', () => {
    expect(cellOf('k', '%', undefined)).toEqual({
      kpiId: 'k',
      value: null,
      display: 'No data',
      rag: 'no-data',
      ragLabel: 'No data',
      direction: 'no earlier figure',
      breached: false,
    });
  });
});
