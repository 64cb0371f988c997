const cell = (v: unknown) =>
  v === undefined || v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v);

import { MonthPack } from '../domain/month-pack';

/** The monthly pack as CSV, one row per provider (and the consortium) and KPI. */
export function packCsv(pack: Pick<MonthPack, 'months' | 'rows'>): string {
  const header = [
    'provider',
    'attribution',
    'kpi',
    'value',
    'numerator',
    'denominator',
    'target',
    'floor',
    'rag',
    'breached',
    'relief',
    'direction_of_travel',
    ...pack.months,
  ];
  const lines = pack.rows.map((r) =>
    [
      r.providerId,
      r.attribution,
      r.kpiId,
      r.value,
      r.numerator,
      r.denominator,
      r.target,
      r.floor,
      r.status,
      r.breached ? 'yes' : 'no',
      r.relief,
      r.directionOfTravel,
      ...r.trend,
    ]
      .map(cell)
      .join(','),
  );
  return [header.join(','), ...lines].join('\n') + '\n';
}
