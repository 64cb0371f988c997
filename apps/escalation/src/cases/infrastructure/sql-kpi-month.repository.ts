import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { MonthState } from '../domain/kpi-picture';
import { Clearance, KpiMonthClosed, MonthClosure } from '@carers/contracts';
import { KpiMonthRepository, KpiStatusData } from '../application/kpi-month.repository';

interface MonthRow {
  period: string;
  status: MonthState['status'];
  breached: boolean;
  closure: MonthClosure | null;
  cleared_by: Clearance | null;
  attribution: 'member' | 'consortium' | null;
}

const toMonth = (r: MonthRow): MonthState => ({
  period: r.period,
  status: r.status,
  breached: r.breached,
  ...(r.closure ? { closure: r.closure } : {}),
  ...(r.cleared_by ? { clearedBy: r.cleared_by } : {}),
  ...(r.attribution ? { attribution: r.attribution } : {}),
});

@Injectable()
export class SqlKpiMonthRepository extends KpiMonthRepository {
  async record(tx: Tx, d: KpiStatusData, breach: boolean | null) {
    await tx.query(
      `INSERT INTO kpi_month AS m (tenant_id, provider_id, kpi_id, period, status, breached, value, target, floor, breach_rule, definition_version, status_at, breach_at, attribution)
       VALUES ($1, $2, $3, $4, $5, coalesce($6, false), $7, $8, $9, $10, $11, $12, CASE WHEN $6::boolean IS NULL THEN NULL ELSE $12::timestamptz END, $13)
       ON CONFLICT (tenant_id, provider_id, kpi_id, period) DO UPDATE SET
         attribution = $13,
         status = CASE WHEN m.status_at <= $12 THEN $5 ELSE m.status END,
         value = CASE WHEN m.status_at <= $12 THEN $7 ELSE m.value END,
         target = coalesce($8, m.target), floor = coalesce($9, m.floor), breach_rule = coalesce($10, m.breach_rule),
         definition_version = greatest(m.definition_version, $11),
         status_at = greatest(m.status_at, $12),
         breached = CASE WHEN $6::boolean IS NOT NULL AND (m.breach_at IS NULL OR m.breach_at <= $12) THEN $6 ELSE m.breached END,
         breach_at = CASE WHEN $6::boolean IS NOT NULL AND (m.breach_at IS NULL OR m.breach_at <= $12) THEN $12::timestamptz ELSE m.breach_at END`,
      [
        tx.tenantId,
        d.providerId,
        d.kpiId,
        d.period,
        d.status,
        breach,
        d.value ?? null,
        d.target ?? null,
        d.floor ?? null,
        d.breachRule ?? null,
        d.definitionVersion,
        d.measuredAt,
        d.attribution,
      ],
    );
  }

  async recordClosed(tx: Tx, d: KpiMonthClosed) {
    // a confirmed month never goes back to provisional; within a closure the newer announcement wins
    await tx.query(
      `INSERT INTO kpi_month AS m (tenant_id, provider_id, kpi_id, period, status, breached, value, target, floor, breach_rule, definition_version, status_at,
                                   attribution, closure, closed_status, closed_breached, closed_value, cleared_by, closed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $5, $6, $7, $15, $12)
       ON CONFLICT (tenant_id, provider_id, kpi_id, period) DO UPDATE SET
         attribution = $13, target = coalesce($8, m.target), floor = coalesce($9, m.floor), breach_rule = coalesce($10, m.breach_rule),
         definition_version = greatest(m.definition_version, $11),
         closure = $14, closed_status = $5, closed_breached = $6, closed_value = $7, cleared_by = $15, closed_at = $12
       WHERE m.closed_at IS NULL OR (m.closure = 'provisional' AND $14 = 'confirmed') OR (m.closure = $14 AND m.closed_at <= $12)`,
      [
        tx.tenantId,
        d.providerId,
        d.kpiId,
        d.period,
        d.status,
        d.breached,
        d.value ?? null,
        d.target ?? null,
        d.floor ?? null,
        d.breachRule ?? null,
        d.definitionVersion,
        d.measuredAt,
        d.attribution,
        d.closure,
        d.clearedBy ?? null,
      ],
    );
  }

  async months(tx: Tx, providerId: string, kpiId: string) {
    const rows = await tx.query<MonthRow>(
      `SELECT period, coalesce(closed_status, status) AS status, coalesce(closed_breached, breached) AS breached, closure, cleared_by, attribution
         FROM kpi_month WHERE tenant_id = $1 AND provider_id = $2 AND kpi_id = $3 ORDER BY period`,
      [tx.tenantId, providerId, kpiId],
    );
    return rows.map(toMonth);
  }
}
