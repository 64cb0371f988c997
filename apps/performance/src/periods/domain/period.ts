import { StoredValue } from '../../kpis/domain/kpi-value';

/** Where a month stands in its close: open while values move, provisional while they may be disputed, then confirmed. */
export interface PeriodState {
  period: string;
  status: 'open' | 'provisional' | 'confirmed';
  disputeUntil?: string;
  confirmedOn?: string;
}

/** How a council closes its months: the days a provider may dispute a provisional figure, and the day of the following month a return is due. */
export interface ClosePolicy {
  disputeDays: number;
  returnDueDay: number;
}

/** A figure a provider disputes, until a council officer upholds or rejects it. */
export interface Dispute {
  id: string;
  period: string;
  kpiId: string;
  providerId: string;
  reason: string;
  raisedBy: string;
  outcome?: 'upheld' | 'rejected';
}

/** Relief a council officer records for a month: for one provider or all (providerId absent), one KPI or all (kpiId absent). */
export interface Relief {
  providerId?: string;
  kpiId?: string;
  reason: string;
}

/**
 * A KPI value as the month close froze it (`closed_value`): the month's figure from then on, whatever the live value
 * does. `clearedBy` remembers that an upheld dispute took the breach away, so every later announcement of the
 * figure says so too, its confirmation included (ADR 0016).
 */
export type ClosedValue = StoredValue & { clearedBy?: 'dispute-upheld' };
