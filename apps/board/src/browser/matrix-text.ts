/** The words around the RAG matrix: its caption and the KPI key. Pure. */
import type { MatrixColumn, RagMatrix } from '../board-view-models.js';
import { dayLabel, formatFigure, monthLabel } from './format.js';

/** How final the month's figures are: "figures still open", "provisional, open to dispute until 20 Nov 2026", "confirmed". */
export function packStatusText(matrix: Pick<RagMatrix, 'status' | 'disputeUntil'>): string {
  const statuses: Record<string, string> = {
    open: 'figures still open',
    provisional: `provisional${matrix.disputeUntil ? `, open to dispute until ${dayLabel(matrix.disputeUntil)}` : ''}`,
    confirmed: 'confirmed',
  };
  return statuses[matrix.status] ?? matrix.status;
}

export function matrixCaption(matrix: Pick<RagMatrix, 'period' | 'status' | 'disputeUntil'>): string {
  return (
    `RAG status of each KPI for each consortium member and the consortium, ${monthLabel(matrix.period)} (${packStatusText(matrix)}). ` +
    'Each cell gives the value, the RAG status and the direction of travel since the month before. Choose a KPI heading to chart its trend.'
  );
}

/** What follows a KPI's full name in the key: " Target 90%, floor 80%." (and "(lower is better)" where it is). */
export function kpiKeyNote(c: Pick<MatrixColumn, 'target' | 'floor' | 'unit' | 'direction'>): string {
  if (c.target === undefined) return '';
  return ` Target ${formatFigure(c.target, c.unit)}, floor ${formatFigure(c.floor, c.unit)}${c.direction === 'lower-is-better' ? ' (lower is better)' : ''}.`;
}

/** The KPI to chart: the one chosen before if this month's matrix has it, else the first column. */
export function trendKpiFor(columns: readonly Pick<MatrixColumn, 'kpiId'>[], chosen: string | undefined): string | undefined {
  return chosen && columns.some((c) => c.kpiId === chosen) ? chosen : columns[0]?.kpiId;
}
