/** The words and symbols the page shows for the services' codes: alert kinds, plan and credit statuses, RAG, direction, units. Pure. */
import type { CellRag, CreditEntry, Direction, RagLabel, Unit } from '../board-view-models.js';

const ALERT_KINDS: Record<string, string> = {
  'board-referral': 'Referred to the board',
  'credit-accrued': 'Service credit accrued',
  'credit-withheld': 'Service credit withheld',
  'credit-reversed': 'Service credit reversed',
  'credit-released': 'Service credit released',
  'plan-failed': 'Remedial plan failed',
  'case-closed': 'Case closed',
  'contract-remedy-recommended': 'Contract remedy recommended',
};
const PLAN_STATUSES: Record<string, string> = {
  requested: 'Requested from the provider',
  submitted: 'Submitted, awaiting decision',
  approved: 'Approved, actions in progress',
};
const CREDIT_STATUSES: Record<string, string> = {
  accrued: 'Pending confirmation',
  withheld: 'Withheld',
  reversed: 'Reversed',
  waived: 'Waived',
  adjusted: 'Adjusted',
  released: 'Released to the provider',
  retained: 'Retained',
};
const REVERSAL_REASONS: Record<string, string> = {
  relief: 'relief granted',
  'dispute-upheld': 'dispute upheld',
  'not-breached-when-closed': 'closed out of breach',
};
const RAG_ICONS: Record<CellRag, string> = { green: '●', amber: '▲', red: '■', 'no-data': '○' };
const ARROWS: Record<Direction, string> = { improving: '↑', worsening: '↓', 'no change': '→', 'no earlier figure': '–' };
const UNIT_LABELS: Record<Unit, string> = { '%': '%', days: 'days', count: 'count', score: 'score of 5' };

/** An alert's kind in words; a kind the page does not know reads as its code with spaces. */
export const alertKindLabel = (kind: string): string => ALERT_KINDS[kind] ?? String(kind).replace(/-/g, ' ');
export const planStatusLabel = (status: string): string => PLAN_STATUSES[status] ?? status;
export const creditStatusLabel = (status: string): string => CREDIT_STATUSES[status] ?? status;
export const reversalReasonLabel = (reason: string): string => REVERSAL_REASONS[reason] ?? reason.replace(/-/g, ' ');
/** A credit's status as the ledger reads it: "Reversed: dispute upheld", "Waived: <the officer's reason>". */
export function creditStatusText(e: Pick<CreditEntry, 'status' | 'reversalReason' | 'adjustmentReason'>): string {
  const reason = e.status === 'reversed' && e.reversalReason ? reversalReasonLabel(e.reversalReason) : e.adjustmentReason;
  return reason ? `${creditStatusLabel(e.status)}: ${reason}` : creditStatusLabel(e.status);
}
/** The shape that goes with a colour, so no RAG status is told by colour alone. */
export const ragIcon = (rag: string): string => RAG_ICONS[rag as CellRag] ?? '○';
/** The direction of travel as an arrow; `fallback` for a direction the page does not know. */
export const arrowOf = (direction: string, fallback = '–'): string => ARROWS[direction as Direction] ?? fallback;
/** A unit as a column heading reads it: "%", "days", "count", "score of 5". */
export const unitLabel = (unit: string): string => UNIT_LABELS[unit as Unit] ?? unit;
/** The CSS and icon key for a RAG label ("Green" -> "green", "No data" -> "no-data"). */
export const ragKeyOf = (label: RagLabel): CellRag => (label === 'No data' ? 'no-data' : (label.toLowerCase() as CellRag));
