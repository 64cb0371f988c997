import { Injectable } from '@nestjs/common';
import { RagStatus } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { MonthCloseRepository } from '../application/month-close.repository';
import { PackEntry } from '../domain/month-pack';
import { ClosedValue, ClosePolicy, Dispute, PeriodState, Relief } from '../domain/period';

interface PolicyRow {
  dispute_days: number;
  return_due_day: number;
}
interface PeriodRow {
  status: 'provisional' | 'confirmed';
  dispute_until: string;
  confirmed_on: string | null;
}
interface DisputeRow {
  id: string;
  period: string;
  kpi_id: string;
  provider_id: string;
  reason: string;
  raised_by: string;
  outcome: 'upheld' | 'rejected' | null;
}
interface ReliefRow {
  provider_id: string | null;
  kpi_id: string | null;
  reason: string;
}
interface ClosedValueRow {
  kpi_id: string;
  provider_id: string;
  attribution: 'member' | 'consortium';
  period: string;
  definition_version: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: RagStatus;
  breached: boolean;
  cleared_by: 'dispute-upheld' | null;
}
interface PackRow {
  kpi_id: string;
  provider_id: string;
  attribution: 'member' | 'consortium';
  period: string;
  value: number | null;
  status: RagStatus;
  breached: boolean;
  numerator: number | null;
  denominator: number | null;
}

const toDispute = (r: DisputeRow): Dispute => ({
  id: r.id,
  period: r.period,
  kpiId: r.kpi_id,
  providerId: r.provider_id,
  reason: r.reason,
  raisedBy: r.raised_by,
  outcome: r.outcome ?? undefined,
});

@Injectable()
export class SqlMonthCloseRepository extends MonthCloseRepository {
  async policy(tx: Tx): Promise<ClosePolicy> {
    const [r] = await tx.query<PolicyRow>(`SELECT dispute_days, return_due_day FROM close_policy WHERE tenant_id = $1`, [tx.tenantId]);
    return { disputeDays: r.dispute_days, returnDueDay: r.return_due_day };
  }

  async state(tx: Tx, period: string): Promise<PeriodState> {
    const [r] = await tx.query<PeriodRow>(
      `SELECT status, to_char(dispute_until, 'YYYY-MM-DD') AS dispute_until, to_char(confirmed_on, 'YYYY-MM-DD') AS confirmed_on
         FROM period_close WHERE tenant_id = $1 AND period = $2`,
      [tx.tenantId, period],
    );
    return r
      ? { period, status: r.status, disputeUntil: r.dispute_until, confirmedOn: r.confirmed_on ?? undefined }
      : { period, status: 'open' };
  }

  async stateForChange(tx: Tx, period: string): Promise<PeriodState> {
    await this.lockMonth(tx, period);
    return this.state(tx, period);
  }

  private async lockMonth(tx: Tx, period: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1 || '|period-close|' || $2, 0))`, [tx.tenantId, period]);
  }

  async unclosedBefore(tx: Tx, month: string): Promise<string[]> {
    const rows = await tx.query<{ period: string }>(
      `SELECT DISTINCT v.period FROM kpi_value v
        WHERE v.tenant_id = $1 AND v.period < $2 AND NOT EXISTS (SELECT 1 FROM period_close c WHERE c.tenant_id = v.tenant_id AND c.period = v.period)
        ORDER BY 1`,
      [tx.tenantId, month],
    );
    return rows.map((r) => r.period);
  }

  async markProvisional(tx: Tx, period: string, on: string, disputeDays: number): Promise<void> {
    await tx.query(
      `INSERT INTO period_close (tenant_id, period, status, provisional_on, dispute_until) VALUES ($1, $2, 'provisional', $3, $3::date + $4::int)`,
      [tx.tenantId, period, on, disputeDays],
    );
  }

  async freeze(tx: Tx, period: string, only?: { kpiId: string; providerId: string }): Promise<void> {
    await tx.query(
      `INSERT INTO closed_value (tenant_id, period, kpi_id, provider_id, attribution, definition_version, value, numerator, denominator, status, breached)
       SELECT tenant_id, period, kpi_id, provider_id, attribution, definition_version, value, numerator, denominator, status, breached FROM kpi_value
        WHERE tenant_id = $1 AND period = $2 AND ($3::text IS NULL OR kpi_id = $3) AND ($4::text IS NULL OR provider_id = $4)
       ON CONFLICT (tenant_id, period, kpi_id, provider_id) DO UPDATE SET definition_version = EXCLUDED.definition_version, value = EXCLUDED.value,
         numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, status = EXCLUDED.status, breached = EXCLUDED.breached,
         cleared_by = NULL`,
      [tx.tenantId, period, only?.kpiId ?? null, only?.providerId ?? null],
    );
  }

  async closedValues(tx: Tx, period: string, only?: { kpiId: string; providerId: string }): Promise<ClosedValue[]> {
    const rows = await tx.query<ClosedValueRow>(
      `SELECT kpi_id, provider_id, attribution, period, definition_version, value::float AS value, numerator, denominator, status, breached, cleared_by
         FROM closed_value WHERE tenant_id = $1 AND period = $2 AND ($3::text IS NULL OR kpi_id = $3) AND ($4::text IS NULL OR provider_id = $4)
        ORDER BY provider_id, kpi_id`,
      [tx.tenantId, period, only?.kpiId ?? null, only?.providerId ?? null],
    );
    return rows.map((r) => ({
      kpiId: r.kpi_id,
      providerId: r.provider_id,
      attribution: r.attribution,
      period: r.period,
      definitionVersion: r.definition_version,
      value: r.value ?? undefined,
      numerator: r.numerator ?? undefined,
      denominator: r.denominator ?? undefined,
      status: r.status,
      breached: r.breached,
      ...(r.cleared_by ? { clearedBy: r.cleared_by } : {}),
    }));
  }

  async markClearedByDispute(tx: Tx, period: string, figure: { kpiId: string; providerId: string }): Promise<void> {
    await tx.query(
      `UPDATE closed_value SET cleared_by = 'dispute-upheld' WHERE tenant_id = $1 AND period = $2 AND kpi_id = $3 AND provider_id = $4`,
      [tx.tenantId, period, figure.kpiId, figure.providerId],
    );
  }

  async confirmDue(tx: Tx, today: string): Promise<string[]> {
    const due = await tx.query<{ period: string }>(
      `SELECT period FROM period_close WHERE tenant_id = $1 AND status = 'provisional' AND dispute_until < $2 ORDER BY period`,
      [tx.tenantId, today],
    );
    // oldest first, so two runs take the months' locks in the same order
    for (const { period } of due) await this.lockMonth(tx, period);
    const confirmed = await tx.query<{ period: string }>(
      `UPDATE period_close c SET status = 'confirmed', confirmed_on = $2, confirmed_by = 'month close'
        WHERE c.tenant_id = $1 AND c.status = 'provisional' AND c.dispute_until < $2
          AND NOT EXISTS (SELECT 1 FROM dispute d WHERE d.tenant_id = c.tenant_id AND d.period = c.period AND d.outcome IS NULL)
        RETURNING c.period`,
      [tx.tenantId, today],
    );
    return confirmed.map((r) => r.period).sort();
  }

  async confirm(tx: Tx, period: string, on: string, by: string): Promise<void> {
    await tx.query(
      `UPDATE period_close SET status = 'confirmed', confirmed_on = $3, confirmed_by = $4 WHERE tenant_id = $1 AND period = $2`,
      [tx.tenantId, period, on, by],
    );
  }

  async addDispute(tx: Tx, d: Dispute): Promise<void> {
    await tx.query(
      `INSERT INTO dispute (id, tenant_id, period, kpi_id, provider_id, reason, raised_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [d.id, tx.tenantId, d.period, d.kpiId, d.providerId, d.reason, d.raisedBy],
    );
  }

  async disputeForUpdate(tx: Tx, id: string): Promise<Dispute | undefined> {
    const [r] = await tx.query<DisputeRow>(
      `SELECT id, period, kpi_id, provider_id, reason, raised_by, outcome FROM dispute WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [tx.tenantId, id],
    );
    return r && toDispute(r);
  }

  async decideDispute(tx: Tx, id: string, outcome: 'upheld' | 'rejected', reason: string, by: string): Promise<void> {
    await tx.query(`UPDATE dispute SET outcome = $3, outcome_reason = $4, decided_by = $5 WHERE tenant_id = $1 AND id = $2`, [
      tx.tenantId,
      id,
      outcome,
      reason,
      by,
    ]);
  }

  async openDisputes(tx: Tx, period: string): Promise<number> {
    const [r] = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM dispute WHERE tenant_id = $1 AND period = $2 AND outcome IS NULL`,
      [tx.tenantId, period],
    );
    return r.n;
  }

  async addRelief(tx: Tx, r: Relief & { id: string; period: string; recordedBy: string }): Promise<void> {
    await tx.query(
      `INSERT INTO relief (id, tenant_id, period, provider_id, kpi_id, reason, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [r.id, tx.tenantId, r.period, r.providerId ?? null, r.kpiId ?? null, r.reason, r.recordedBy],
    );
  }

  async reliefs(tx: Tx, period: string): Promise<Relief[]> {
    const rows = await tx.query<ReliefRow>(`SELECT provider_id, kpi_id, reason FROM relief WHERE tenant_id = $1 AND period = $2`, [
      tx.tenantId,
      period,
    ]);
    return rows.map((r) => ({ providerId: r.provider_id ?? undefined, kpiId: r.kpi_id ?? undefined, reason: r.reason }));
  }

  async packEntries(tx: Tx, months: string[]): Promise<PackEntry[]> {
    const rows = await tx.query<PackRow>(
      `SELECT v.kpi_id, v.provider_id, v.attribution, v.period, COALESCE(c.value, v.value)::float AS value, COALESCE(c.status, v.status) AS status,
              COALESCE(c.breached, v.breached) AS breached, COALESCE(c.numerator, v.numerator) AS numerator, COALESCE(c.denominator, v.denominator) AS denominator
         FROM kpi_value v LEFT JOIN closed_value c ON c.tenant_id = v.tenant_id AND c.period = v.period AND c.kpi_id = v.kpi_id AND c.provider_id = v.provider_id
        WHERE v.tenant_id = $1 AND v.period = ANY($2::text[]) ORDER BY v.attribution DESC, v.provider_id, v.kpi_id, v.period`,
      [tx.tenantId, months],
    );
    return rows.map((r) => ({
      kpiId: r.kpi_id,
      providerId: r.provider_id,
      attribution: r.attribution,
      period: r.period,
      value: r.value ?? undefined,
      status: r.status,
      breached: r.breached,
      numerator: r.numerator ?? undefined,
      denominator: r.denominator ?? undefined,
    }));
  }
}
