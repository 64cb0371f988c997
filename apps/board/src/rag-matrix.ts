import type { Direction, MatrixCell, MatrixColumn, MatrixRow, RagLabel, RagMatrix, Unit } from './board-view-models';
import { formatValue, shortName, unitOf } from './kpi-units';
import { KpiDefinition, Pack, PackDirection, PackRow, Providers, Rag } from './upstream-shapes';

const RAG_LABELS: Record<Rag, RagLabel> = { green: 'Green', amber: 'Amber', red: 'Red', 'insufficient-data': 'No data' };
const DIRECTIONS: Record<PackDirection, Direction> = {
  improving: 'improving',
  worsening: 'worsening',
  same: 'no change',
  new: 'no earlier figure',
};

export function cellOf(kpiId: string, unit: Unit, row: PackRow | undefined): MatrixCell {
  if (!row || row.value === undefined || row.value === null) {
    return {
      kpiId,
      value: null,
      display: 'No data',
      rag: 'no-data',
      ragLabel: 'No data',
      direction: 'no earlier figure',
      breached: !!row?.breached,
    };
  }
  const rag = row.status === 'insufficient-data' ? 'no-data' : row.status;
  return {
    kpiId,
    value: row.value,
    display: formatValue(row.value, unit),
    rag,
    ragLabel: RAG_LABELS[row.status] ?? 'No data',
    direction: DIRECTIONS[row.directionOfTravel] ?? 'no earlier figure',
    breached: row.breached,
    ...(row.relief ? { relief: row.relief } : {}),
  };
}

/**
 * The board's RAG matrix from the month's pack: a column per KPI (in catalogue order, then any others the pack holds),
 * a row per consortium member (lead first) and one for each consortium. Missing figures are "No data", never blank.
 */
export function ragMatrix(pack: Pack, catalogue: KpiDefinition[], providers?: Providers): RagMatrix {
  const definitions = new Map(catalogue.map((d) => [d.id, d]));
  const kpiIds = [...catalogue.map((d) => d.id)];
  for (const r of pack.rows) if (!kpiIds.includes(r.kpiId)) kpiIds.push(r.kpiId);
  const columns: MatrixColumn[] = kpiIds.map((id) => {
    const d = definitions.get(id);
    const sample = pack.rows.find((r) => r.kpiId === id);
    const name = d?.name ?? sample?.kpi ?? id;
    return {
      kpiId: id,
      shortName: shortName({ id, name }),
      name,
      unit: unitOf(d?.formula, sample),
      target: d?.target ?? sample?.target,
      floor: d?.floor ?? sample?.floor,
      direction: d?.direction,
    };
  });

  const names = new Map<string, string>([...(providers?.providers ?? []), ...(providers?.consortia ?? [])].map((p) => [p.id, p.name]));
  const members = providers?.providers.length
    ? [...providers.providers]
        .sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'lead' ? -1 : 1))
        .map((p) => p.id)
    : [...new Set(pack.rows.filter((r) => r.attribution === 'member').map((r) => r.providerId))];
  for (const r of pack.rows) if (r.attribution === 'member' && !members.includes(r.providerId)) members.push(r.providerId);
  const consortia = [
    ...new Set([
      ...(providers?.consortia ?? []).map((c) => c.id),
      ...pack.rows.filter((r) => r.attribution === 'consortium').map((r) => r.providerId),
    ]),
  ];

  const rowFor = (providerId: string, consortium: boolean): MatrixRow => ({
    providerId,
    name: consortium
      ? consortia.length > 1
        ? `Consortium: ${names.get(providerId) ?? providerId}`
        : 'Consortium'
      : (names.get(providerId) ?? providerId),
    consortium,
    cells: columns.map((c) =>
      cellOf(
        c.kpiId,
        c.unit,
        pack.rows.find((r) => r.providerId === providerId && r.kpiId === c.kpiId),
      ),
    ),
  });
  return {
    period: pack.period,
    status: pack.status,
    ...(pack.disputeUntil ? { disputeUntil: pack.disputeUntil } : {}),
    months: pack.months,
    columns,
    rows: [...members.map((id) => rowFor(id, false)), ...consortia.map((id) => rowFor(id, true))],
  };
}
