/**
 * What the board server sends its page, as types only: the server's views (rag-matrix.ts, area-summary.ts,
 * open-cases.ts, board-app.ts) are built to them and the page (src/browser) reads them. Nothing here runs, so the
 * browser build can import it (with `import type`) without taking any server code.
 */
import type { CaseRow, Pack } from './upstream-shapes';

// ---- the board's own views ------------------------------------------------------------------------------------

export type Unit = '%' | 'days' | 'count' | 'score';
export type RagLabel = 'Green' | 'Amber' | 'Red' | 'No data';
export type Direction = 'improving' | 'worsening' | 'no change' | 'no earlier figure';
export type CellRag = 'green' | 'amber' | 'red' | 'no-data';

/** One rung of the escalation ladder, lowest first in `BoardStart.stages`. */
export interface StageOption {
  id: string;
  name: string;
}

/** GET /api/board: the page's starting point. */
export interface BoardStart {
  council: { code: string; name: string };
  today: string;
  /** This month and the twelve before it, newest first. */
  months: string[];
  defaultMonth: string;
  /** The escalation ladder, lowest rung first, with the names the board reads. */
  stages: StageOption[];
}

export interface MatrixColumn {
  kpiId: string;
  shortName: string;
  name: string;
  unit: Unit;
  target?: number;
  floor?: number;
  direction?: 'higher-is-better' | 'lower-is-better';
}

export interface MatrixCell {
  kpiId: string;
  value: number | null;
  display: string;
  rag: CellRag;
  ragLabel: RagLabel;
  direction: Direction;
  breached: boolean;
  relief?: string;
}

export interface MatrixRow {
  providerId: string;
  name: string;
  consortium: boolean;
  cells: MatrixCell[];
}

/** GET /api/rag-matrix?period=YYYY-MM */
export interface RagMatrix {
  period: string;
  status: Pack['status'];
  disputeUntil?: string;
  months: string[];
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

export interface AreaRow {
  kpiId: string;
  shortName: string;
  name: string;
  unit: Unit;
  consortium: string;
  /** Suppressed counts, as text: "0", "*" or a multiple of 5. For a proportion, those on time (or improved) of those counted. */
  numerator?: string;
  denominator?: string;
  /** For a count KPI, the suppressed count itself. */
  count?: string;
  /** The figure shown, or null when it is withheld; `withheld` says why. */
  value: string | null;
  withheld?: string;
  rag: RagLabel | null;
  direction: Direction | null;
}

/** GET /api/area-summary?period=YYYY-MM */
export interface AreaSummary {
  period: string;
  status: Pack['status'];
  rule: string;
  rows: AreaRow[];
}

export interface OpenCase extends CaseRow {
  paused: boolean;
  /** Working days (not weekends or bank holidays) from today to the due date; negative once overdue; null without a deadline or while paused. */
  workingDaysLeft: number | null;
}

/** GET /api/open-cases */
export interface OpenCases {
  today: string;
  cases: OpenCase[];
}

// ---- the services' answers the board passes through (GET /api/performance/*, /api/escalation/*) -------------------
// Only the fields the page reads; the services send more.

/** performance GET /kpi-values: one figure for a provider (or consortium), KPI and month. */
export interface KpiValue {
  providerId: string;
  kpiId?: string;
  period: string;
  value?: number | null;
}

/** escalation GET /plans */
export interface PlanDue {
  id: string;
  providerId: string;
  kpiId: string;
  cycle: number;
  status: string;
  dueOn: string | null;
  overdue: boolean;
}

export interface CreditEntry {
  id: string;
  providerId: string;
  kpiId: string;
  period: string;
  financialYear: string;
  amountPence: number;
  /** 'accrued' (its month not yet confirmed), 'withheld', 'reversed', 'waived' or 'adjusted' (ADR 0016). */
  status: string;
  accruedOn: string | null;
  adjustmentReason?: string | null;
  withheldOn?: string | null;
  reversedOn?: string | null;
  /** Why a credit was reversed: 'relief', 'dispute-upheld' or 'not-breached-when-closed'. */
  reversalReason?: string | null;
}

/** A provider's credits for a financial year: accrued = pending + reversed + released + waived or adjusted + net (ADR 0016, ADR 0018). */
export interface CreditTotal {
  providerId: string;
  financialYear: string;
  accruedPence: number;
  /** Accrued on months not yet confirmed. */
  pendingPence: number;
  /** Accrued, then cleared before confirmation. */
  reversedPence: number;
  /** Withheld, then released back to the provider. */
  releasedPence: number;
  waivedOrAdjustedPence: number;
  /** Kept from the contract's payment (withheld or retained), after waivers and adjustments. */
  netPence: number;
  /** The part of the net retained for good. */
  retainedPence: number;
}

/** escalation GET /credits */
export interface CreditsLedger {
  entries: CreditEntry[];
  totals: CreditTotal[];
}

/** escalation GET /alerts (`id`) and the live feed's `alert` events (`alertId`). */
export interface BoardAlert {
  id?: string;
  alertId?: string;
  kind: string;
  caseId?: string;
  providerId: string;
  kpiId: string;
  stage?: string | null;
  summary?: string | null;
  raisedAt?: string;
}
