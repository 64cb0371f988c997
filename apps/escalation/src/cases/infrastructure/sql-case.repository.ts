import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { PerformanceCase } from '../domain/performance-case';
import { CaseChanges, CaseRepository, NewCase, Transition } from '../application/case.repository';

interface CaseRow {
  id: string;
  providerId: string;
  kpiId: string;
  stage: PerformanceCase['stage'];
  status: PerformanceCase['status'];
  openedPeriod: string;
  actedOnPeriod: string;
  breachedMonthsAtBoard: number;
  creditsAccrued: number;
  dueOn: string | null;
  pausedOn: string | null;
  policyVersion: number;
  paused: boolean;
  planStatus: PerformanceCase['planStatus'] | null;
  attribution: PerformanceCase['attribution'];
  credits: PerformanceCase['credits'];
}

const CASE_COLUMNS = `c.id, c.provider_id AS "providerId", c.kpi_id AS "kpiId", c.stage, c.status, c.opened_period AS "openedPeriod",
  c.acted_on_period AS "actedOnPeriod", c.breached_months_at_board AS "breachedMonthsAtBoard", c.credits_accrued AS "creditsAccrued",
  to_char(c.due_on, 'YYYY-MM-DD') AS "dueOn", to_char(c.paused_on, 'YYYY-MM-DD') AS "pausedOn", c.policy_version AS "policyVersion",
  (c.status = 'paused') AS paused,
  (SELECT p.status FROM remedial_plan p WHERE p.tenant_id = c.tenant_id AND p.case_id = c.id ORDER BY p.cycle DESC LIMIT 1) AS "planStatus",
  c.attribution,
  (SELECT coalesce(jsonb_agg(jsonb_build_object('period', s.period, 'status', s.status) ORDER BY s.period), '[]'::jsonb)
     FROM service_credit s WHERE s.tenant_id = c.tenant_id AND s.case_id = c.id) AS credits`;

const COLUMN_OF: Record<keyof CaseChanges, string> = {
  stage: 'stage',
  stageEnteredOn: 'stage_entered_on',
  dueOn: 'due_on',
  policyVersion: 'policy_version',
  actedOnPeriod: 'acted_on_period',
  breachedMonthsAtBoard: 'breached_months_at_board',
  creditsAccrued: 'credits_accrued',
  status: 'status',
  outcome: 'outcome',
  closedOn: 'closed_on',
  pausedOn: 'paused_on',
  commentary: 'commentary',
  reviewMeetingOn: 'review_meeting_on',
};

/** What the ladder saw of the KPI when it acted: its latest month, as closed once closed (ADR 0016), recorded with the transition. */
const KPI_SNAPSHOT = `(SELECT jsonb_build_object('period', m.period, 'status', coalesce(m.closed_status, m.status), 'breached', coalesce(m.closed_breached, m.breached),
    'value', coalesce(m.closed_value, m.value)::float, 'target', m.target::float, 'floor', m.floor::float, 'breachRule', m.breach_rule,
    'definitionVersion', m.definition_version, 'closure', coalesce(m.closure, 'live'), 'clearedBy', m.cleared_by)
   FROM kpi_month m JOIN performance_case k ON k.tenant_id = m.tenant_id AND k.provider_id = m.provider_id AND k.kpi_id = m.kpi_id
  WHERE k.tenant_id = $1 AND k.id = $2 ORDER BY m.period DESC LIMIT 1)`;

function toCase(row: CaseRow | undefined): PerformanceCase | undefined {
  if (!row) return undefined;
  const { dueOn, pausedOn, planStatus, ...rest } = row;
  return { ...rest, ...(dueOn ? { dueOn } : {}), ...(pausedOn ? { pausedOn } : {}), ...(planStatus ? { planStatus } : {}) };
}

@Injectable()
export class SqlCaseRepository extends CaseRepository {
  async liveFor(tx: Tx, providerId: string, kpiId: string) {
    const [row] = await tx.query<CaseRow>(
      `SELECT ${CASE_COLUMNS} FROM performance_case c WHERE c.tenant_id = $1 AND c.provider_id = $2 AND c.kpi_id = $3 AND c.status <> 'closed' FOR UPDATE`,
      [tx.tenantId, providerId, kpiId],
    );
    return toCase(row);
  }

  async byId(tx: Tx, id: string) {
    const [row] = await tx.query<CaseRow>(
      `SELECT ${CASE_COLUMNS} FROM performance_case c WHERE c.tenant_id = $1 AND c.id = $2 FOR UPDATE`,
      [tx.tenantId, id],
    );
    return toCase(row);
  }

  async claimOverdue(tx: Tx, today: string, limit: number) {
    const rows = await tx.query<CaseRow>(
      `SELECT ${CASE_COLUMNS} FROM performance_case c
        WHERE c.tenant_id = $1 AND c.status = 'open' AND c.due_on < $2 AND c.stage IN ('amber-notice', 'remedial-plan', 'improvement-notice')
        ORDER BY c.due_on LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [tx.tenantId, today, limit],
    );
    return rows.map((r) => toCase(r)!);
  }

  toReview(tx: Tx, today: string) {
    return tx.query<{ providerId: string; kpiId: string }>(
      `SELECT provider_id AS "providerId", kpi_id AS "kpiId" FROM performance_case WHERE tenant_id = $1 AND status = 'open' AND stage <> 'amber-notice'
       UNION
       SELECT m.provider_id, m.kpi_id FROM kpi_month m
        WHERE m.tenant_id = $1 AND m.period = to_char(($2::date - interval '1 month'), 'YYYY-MM') AND m.status IN ('amber', 'red')
          AND NOT EXISTS (SELECT 1 FROM performance_case c WHERE c.tenant_id = m.tenant_id AND c.provider_id = m.provider_id AND c.kpi_id = m.kpi_id AND c.status <> 'closed')`,
      [tx.tenantId, today],
    );
  }

  async open(tx: Tx, c: NewCase) {
    await tx.query(
      `INSERT INTO performance_case (id, tenant_id, provider_id, kpi_id, stage, status, opened_period, acted_on_period, opened_on, stage_entered_on, due_on, policy_version, attribution)
       VALUES ($1, $2, $3, $4, $5, 'open', $6, $6, $7, $7, $8, $9, $10)`,
      [c.id, tx.tenantId, c.providerId, c.kpiId, c.stage, c.period, c.openedOn, c.dueOn ?? null, c.policyVersion, c.attribution],
    );
  }

  async update(tx: Tx, id: string, changes: CaseChanges) {
    // a field named with no value is cleared
    const fields = Object.keys(changes) as (keyof CaseChanges)[];
    if (!fields.length) return;
    await tx.query(
      `UPDATE performance_case SET ${fields.map((f, i) => `${COLUMN_OF[f]} = $${i + 3}`).join(', ')} WHERE tenant_id = $1 AND id = $2`,
      [tx.tenantId, id, ...fields.map((f) => changes[f] ?? null)],
    );
  }

  async record(tx: Tx, caseId: string, onDay: string, t: Transition) {
    await tx.query(
      `INSERT INTO case_transition (tenant_id, case_id, on_day, action, from_stage, to_stage, cause, actor, reason, kpi, policy_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, ${t.withKpi ? KPI_SNAPSHOT : 'NULL'}, $10)`,
      [tx.tenantId, caseId, onDay, t.action, t.from ?? null, t.to ?? null, t.cause, t.actor, t.reason ?? null, t.policyVersion],
    );
  }
}
