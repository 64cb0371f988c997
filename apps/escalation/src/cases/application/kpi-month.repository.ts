import { KpiBreached, KpiMeasured, KpiMonthClosed, KpiRecovered } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { MonthState } from '../domain/kpi-picture';

export type KpiStatusData = KpiMeasured | KpiBreached | KpiRecovered;

/**
 * The KPI months the performance service has announced, kept so the ladder can look back. Each fact only
 * moves forward in time (measuredAt), so a late or repeated event never rolls a newer one back.
 */
export abstract class KpiMonthRepository {
  /** `breach` is true for a breach, false for a recovery, null for a measurement that says neither. */
  abstract record(tx: Tx, d: KpiStatusData, breach: boolean | null): Promise<void>;
  /** A month as performance's month close holds it; a later closure (confirmed after provisional) or a newer announcement wins. */
  abstract recordClosed(tx: Tx, d: KpiMonthClosed): Promise<void>;
  /** Each month's figure: as closed once performance has closed it (ADR 0016), live before. */
  abstract months(tx: Tx, providerId: string, kpiId: string): Promise<MonthState[]>;
}
