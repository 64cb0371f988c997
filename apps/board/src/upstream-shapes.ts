/** The parts of the services' answers the board reads (performance: GET /periods/:period/pack, /kpis, /providers). */

export type Rag = 'green' | 'amber' | 'red' | 'insufficient-data';
export type PackDirection = 'improving' | 'worsening' | 'same' | 'new';

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
  status: Rag;
  breached: boolean;
  relief?: string;
  directionOfTravel: PackDirection;
  /** Six months, oldest first, this month last; null where there is no value. */
  trend: (number | null)[];
}

export interface Pack {
  period: string;
  status: 'open' | 'provisional' | 'confirmed';
  disputeUntil?: string;
  months: string[];
  rows: PackRow[];
}

export interface KpiDefinition {
  id: string;
  name: string;
  formula: string;
  target: number;
  floor: number;
  direction: 'higher-is-better' | 'lower-is-better';
  attribution?: ('member' | 'consortium')[];
}

export interface Providers {
  consortia: { id: string; name: string }[];
  providers: { id: string; name: string; consortiumId: string; role: 'lead' | 'member' }[];
}

/** escalation: GET /cases (CASE_VIEW in apps/escalation/src/cases/application/board-queries.ts). */
export interface CaseRow {
  id: string;
  providerId: string;
  kpiId: string;
  stage: string;
  status: 'open' | 'paused' | 'closed';
  openedPeriod: string;
  openedOn: string;
  stageEnteredOn: string;
  dueOn: string | null;
  ageDays: number;
  overdue: boolean;
  creditsAccrued: number;
}

/** Escalation's GET /calendar: the services' day and the council's own closure days (ADR 0017). */
export interface CouncilCalendar {
  today: string;
  closureDays: { day: string; description: string }[];
}
