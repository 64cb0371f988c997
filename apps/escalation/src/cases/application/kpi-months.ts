import { Injectable } from '@nestjs/common';
import { KpiBreached, KpiMeasured, KpiRecovered } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { KpiPicture, MonthState } from '../domain/kpi-picture';

export type KpiStatusData = KpiMeasured | KpiBreached | KpiRecovered;

/**
 * The KPI months the performance service has announced, kept so the ladder can look back. Each fact only
 * moves forward in time (measuredAt), so a late or repeated event never rolls a newer one back.
 */
@Injectable()
export class KpiMonths {
  async record(tx: Tx, type: string, d: KpiStatusData): Promise<void> {
    const breach = type === KpiBreached.type ? true : type === KpiRecovered.type ? false : null;
    await tx.query(
      `INSERT INTO kpi_month AS m (tenant_id, provider_id, kpi_id, period, status, breached, value, target, floor, breach_rule, definition_version, status_at, breach_at)
       VALUES ($1, $2, $3, $4, $5, coalesce($6, false), $7, $8, $9, $10, $11, $12, CASE WHEN $6::boolean IS NULL THEN NULL ELSE $12::timestamptz END)
       ON CONFLICT (tenant_id, provider_id, kpi_id, period) DO UPDATE SET
         status = CASE WHEN m.status_at <= $12 THEN $5 ELSE m.status END,
         value = CASE WHEN m.status_at <= $12 THEN $7 ELSE m.value END,
         target = coalesce($8, m.target), floor = coalesce($9, m.floor), breach_rule = coalesce($10, m.breach_rule),
         definition_version = greatest(m.definition_version, $11),
         status_at = greatest(m.status_at, $12),
         breached = CASE WHEN $6::boolean IS NOT NULL AND (m.breach_at IS NULL OR m.breach_at <= $12) THEN $6 ELSE m.breached END,
         breach_at = CASE WHEN $6::boolean IS NOT NULL AND (m.breach_at IS NULL OR m.breach_at <= $12) THEN $12::timestamptz ELSE m.breach_at END`,
      [tx.tenantId, d.providerId, d.kpiId, d.period, d.status, breach, d.value ?? null, d.target ?? null, d.floor ?? null, d.breachRule ?? null,
        d.definitionVersion, d.measuredAt],
    );
  }

  async picture(tx: Tx, providerId: string, kpiId: string, currentPeriod: string): Promise<KpiPicture> {
    const rows: MonthState[] = await tx.query(
      `SELECT period, status, breached FROM kpi_month WHERE provider_id = $1 AND kpi_id = $2 ORDER BY period`, [providerId, kpiId]);
    return new KpiPicture(rows, currentPeriod);
  }

  /** What the ladder saw of the KPI when it acted: recorded with every transition. */
  async snapshot(tx: Tx, providerId: string, kpiId: string): Promise<Record<string, unknown> | null> {
    const [row] = await tx.query(
      `SELECT period, status, breached, value::float AS value, target::float AS target, floor::float AS floor, breach_rule AS "breachRule", definition_version AS "definitionVersion"
         FROM kpi_month WHERE provider_id = $1 AND kpi_id = $2 ORDER BY period DESC LIMIT 1`, [providerId, kpiId]);
    return row ?? null;
  }
}
