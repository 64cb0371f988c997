import { KpiDefinition, Pack, PackRow, Providers } from './upstream-shapes';

export const CATALOGUE: KpiDefinition[] = [
  {
    id: 'first-contact-10-days',
    name: 'Carers contacted within 10 days of the request',
    formula: 'proportion-within',
    target: 90,
    floor: 80,
    direction: 'higher-is-better',
  },
  {
    id: 'waiting-list-size',
    name: 'Requests waiting for their assessment to start, at the end of the month',
    formula: 'count',
    target: 50,
    floor: 100,
    direction: 'lower-is-better',
  },
  {
    id: 'median-wait-to-commence',
    name: 'Median days from request to assessment commenced',
    formula: 'median-wait',
    target: 10,
    floor: 14,
    direction: 'lower-is-better',
  },
  {
    id: 'listened-to-and-respected',
    name: 'Listened to (mean, 1-5)',
    formula: 'mean-score',
    target: 4,
    floor: 3.5,
    direction: 'higher-is-better',
    attribution: ['member'],
  },
];

export const PROVIDERS: Providers = {
  consortia: [{ id: 'carers-together-consortium', name: 'Carers Together' }],
  providers: [
    { id: 'downs-carers', name: 'Downs Carers', consortiumId: 'carers-together-consortium', role: 'member' },
    { id: 'wiltshire-carers', name: 'Wiltshire Carers Hub', consortiumId: 'carers-together-consortium', role: 'lead' },
  ],
};

export function row(over: Partial<PackRow>): PackRow {
  return {
    kpiId: 'first-contact-10-days',
    kpi: 'Carers contacted within 10 days of the request',
    providerId: 'carers-together-consortium',
    attribution: 'consortium',
    value: 90,
    numerator: 45,
    denominator: 50,
    target: 90,
    floor: 80,
    status: 'green',
    breached: false,
    directionOfTravel: 'improving',
    trend: [null, null, 80, 85, 88, 90],
    ...over,
  };
}

export function pack(rows: PackRow[], period = '2026-10'): Pack {
  return {
    period,
    status: 'provisional',
    disputeUntil: '2026-11-10',
    months: ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'],
    rows,
  };
}
