import type { AreaRow, AreaSummary } from './board-view-models';
import { formatValue, shortName, unitOf } from './kpi-units';
import { cellOf } from './rag-matrix';
import { SUPPRESSED, suppress } from './suppression';
import { KpiDefinition, Pack, PackRow, Providers } from './upstream-shapes';

export const SUPPRESSION_RULE =
  'Counts from 1 to 7 are shown as *, other counts are rounded to the nearest 5. Percentages are worked out from the rounded counts ' +
  'and are not shown when a count behind them is suppressed. Only consortium-wide figures are shown.';

const SMALL = 'withheld: fewer than 8 cases';

/** One consortium KPI row with every count suppressed and nothing shown that a suppressed count would give away. */
export function areaRow(row: PackRow, definition: KpiDefinition | undefined, consortiumName: string): AreaRow {
  const unit = unitOf(definition?.formula, row);
  const name = definition?.name ?? row.kpi;
  const base = { kpiId: row.kpiId, shortName: shortName({ id: row.kpiId, name }), name, unit, consortium: consortiumName };
  const shownCell = () => {
    const c = cellOf(row.kpiId, unit, row);
    return { rag: c.ragLabel, direction: c.direction };
  };
  const withheld = (reason: string, counts: Partial<AreaRow>): AreaRow => ({
    ...base,
    ...counts,
    value: null,
    withheld: reason,
    rag: null,
    direction: null,
  });

  if (unit === 'count') {
    const raw = row.value ?? row.denominator;
    if (raw === undefined || raw === null) return withheld('no data', {});
    const count = suppress(raw);
    if (count === SUPPRESSED) return { ...withheld(SMALL, { count }), value: SUPPRESSED };
    return { ...base, count, value: count, ...shownCell() };
  }

  if (unit === '%') {
    if (row.numerator === undefined || row.denominator === undefined)
      return withheld(row.value === undefined ? 'no data' : 'withheld: counts not published', {});
    const numerator = suppress(row.numerator);
    const denominator = suppress(row.denominator);
    const counts = { numerator, denominator };
    if (numerator === SUPPRESSED || denominator === SUPPRESSED) return withheld(SMALL, counts);
    if (denominator === '0') return withheld('no data: no cases in the month', counts);
    const percent = Math.round((Number(numerator) / Number(denominator)) * 100);
    return { ...base, ...counts, value: `${percent}%`, ...shownCell() };
  }

  // waits in days and mean scores: shown only when the number of cases behind them is not small
  if (row.denominator === undefined) return withheld(row.value === undefined ? 'no data' : 'withheld: number of cases not published', {});
  const denominator = suppress(row.denominator);
  if (denominator === SUPPRESSED) return withheld(SMALL, { denominator });
  if (denominator === '0' || row.value === undefined || row.value === null)
    return withheld('no data: no cases in the month', { denominator });
  return { ...base, denominator, value: formatValue(row.value, unit), ...shownCell() };
}

/** The area board's view of a month: consortium-level figures only (no member's), every count suppressed. */
export function areaSummary(pack: Pack, catalogue: KpiDefinition[], providers?: Providers): AreaSummary {
  const definitions = new Map(catalogue.map((d) => [d.id, d]));
  const order = new Map(catalogue.map((d, i) => [d.id, i]));
  const names = new Map((providers?.consortia ?? []).map((c) => [c.id, c.name]));
  const rows = pack.rows
    .filter((r) => r.attribution === 'consortium')
    .sort(
      (a, b) =>
        (order.get(a.kpiId) ?? Infinity) - (order.get(b.kpiId) ?? Infinity) ||
        a.kpiId.localeCompare(b.kpiId) ||
        a.providerId.localeCompare(b.providerId),
    )
    .map((r) => areaRow(r, definitions.get(r.kpiId), names.get(r.providerId) ?? r.providerId));
  return { period: pack.period, status: pack.status, rule: SUPPRESSION_RULE, rows };
}
