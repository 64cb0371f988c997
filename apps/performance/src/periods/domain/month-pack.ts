import { RagStatus } from '@carers/contracts';
import { KpiDefinition, thresholdsFor } from '../../kpis/domain/kpi-definition';
import { explain, KpiExplained } from '../../kpis/domain/kpi-explained';
import { directionOfTravel } from './direction';
import { Relief } from './period';
import { reliefFor } from './relief';

/** One KPI's value for one provider (or the consortium) and month: the frozen value once the month has closed, the live one before. */
export interface PackEntry {
  kpiId: string;
  providerId: string;
  attribution: 'member' | 'consortium';
  period: string;
  value?: number;
  numerator?: number;
  denominator?: number;
  status: RagStatus;
  breached: boolean;
}

export interface PackRow {
  kpiId: string;
  kpi: string;
  providerId: string;
  attribution: 'member' | 'consortium';
  value?: number;
  numerator?: number;
  denominator?: number;
  target?: number;
  floor?: number;
  status: RagStatus;
  breached: boolean;
  relief?: string;
  directionOfTravel: ReturnType<typeof directionOfTravel>;
  /** The value in each of the pack's months, oldest first; null where there was none. */
  trend: (number | null)[];
}

export interface MonthPack {
  period: string;
  status: string;
  disputeUntil?: string;
  months: string[];
  rows: PackRow[];
  /** Each KPI in the pack with its definition in words, so a reader can recompute a figure (issue 19). */
  definitions: { kpiId: string; version: number; name: string; explained: KpiExplained }[];
}

/**
 * The pack's rows for `period`: every member and the consortium, each KPI's value, RAG, direction of travel against
 * the month before and its trend over `months` (ending with `period`). Relief takes a breach out of the pack.
 */
export function packRows(
  period: string,
  months: string[],
  history: PackEntry[],
  definitions: ReadonlyMap<string, KpiDefinition>,
  reliefs: Relief[],
): PackRow[] {
  return history
    .filter((h) => h.period === period)
    .map((h) => {
      const d = definitions.get(h.kpiId);
      const series = months.map(
        (m) => history.find((x) => x.kpiId === h.kpiId && x.providerId === h.providerId && x.period === m)?.value ?? null,
      );
      const relief = reliefFor(h, reliefs);
      return {
        kpiId: h.kpiId,
        kpi: d?.name ?? h.kpiId,
        providerId: h.providerId,
        attribution: h.attribution,
        value: h.value,
        numerator: h.numerator,
        denominator: h.denominator,
        ...(d && thresholdsFor(d, h.providerId)),
        status: h.status,
        breached: h.breached && !relief,
        relief: relief?.reason,
        directionOfTravel: directionOfTravel(h.value, series[series.length - 2] ?? undefined, d?.direction ?? 'higher-is-better'),
        trend: series,
      };
    });
}

/** The definitions of the KPIs the rows show, in words, in catalogue order. */
export function packDefinitions(rows: PackRow[], definitions: ReadonlyMap<string, KpiDefinition>): MonthPack['definitions'] {
  const shown = new Set(rows.map((r) => r.kpiId));
  return [...definitions.values()]
    .filter((d) => shown.has(d.id))
    .map((d) => ({ kpiId: d.id, version: d.version, name: d.name, explained: explain(d) }));
}
