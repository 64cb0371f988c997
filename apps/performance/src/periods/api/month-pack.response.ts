import { csvDocument } from '@carers/platform/service';
import { MonthPack } from '../domain/month-pack';

/** The monthly pack as CSV, one row per provider (and the consortium) and KPI; a relief's reason is text a spreadsheet never runs. */
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
  const rows = pack.rows.map((r) => {
    const cells = [
      r.providerId,
      r.attribution,
      r.kpiId,
      r.value,
      r.numerator,
      r.denominator,
      r.target,
      r.floor,
      r.status,
      r.breached,
      r.relief,
      r.directionOfTravel,
      ...r.trend,
    ];
    return Object.fromEntries(header.map((column, i) => [column, cells[i]]));
  });
  return csvDocument(header, rows);
}
