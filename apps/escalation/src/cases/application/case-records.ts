import { Injectable } from '@nestjs/common';
import { EscalationStage } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { CaseState } from '../domain/ladder';

export interface CaseRow extends CaseState {
  id: string;
  providerId: string;
  kpiId: string;
  status: 'open' | 'paused' | 'closed';
  policyVersion: number;
  pausedOn?: string;
}

export interface Transition {
  action: string;
  from?: EscalationStage | null;
  to?: EscalationStage | null;
  cause: string;
  actor: string;
  reason?: string;
  kpi?: Record<string, unknown> | null;
  policyVersion: number;
}

const CASE_COLUMNS = `c.id, c.provider_id AS "providerId", c.kpi_id AS "kpiId", c.stage, c.status, c.opened_period AS "openedPeriod",
  c.acted_on_period AS "actedOnPeriod", c.breached_months_at_board AS "breachedMonthsAtBoard", c.credits_accrued AS "creditsAccrued",
  to_char(c.due_on, 'YYYY-MM-DD') AS "dueOn", to_char(c.paused_on, 'YYYY-MM-DD') AS "pausedOn", c.policy_version AS "policyVersion",
  (c.status = 'paused') AS paused,
  (SELECT p.status FROM remedial_plan p WHERE p.case_id = c.id ORDER BY p.cycle DESC LIMIT 1) AS "planStatus"`;

/** Cases and their history in the escalation database; every change of a case is a transition row. */
@Injectable()
export class CaseRecords {
  async liveFor(tx: Tx, providerId: string, kpiId: string): Promise<CaseRow | undefined> {
    const [row] = await tx.query(`SELECT ${CASE_COLUMNS} FROM performance_case c WHERE provider_id = $1 AND kpi_id = $2 AND status <> 'closed' FOR UPDATE`, [providerId, kpiId]);
    return clean(row);
  }

  async byId(tx: Tx, id: string): Promise<CaseRow | undefined> {
    const [row] = await tx.query(`SELECT ${CASE_COLUMNS} FROM performance_case c WHERE id = $1 FOR UPDATE`, [id]);
    return clean(row);
  }

  /** Open cases whose deadline has passed, claimed so that two replicas never act on the same one. */
  async claimOverdue(tx: Tx, today: string, limit: number): Promise<CaseRow[]> {
    const rows = await tx.query(
      `SELECT ${CASE_COLUMNS} FROM performance_case c WHERE status = 'open' AND due_on < $1 AND stage IN ('amber-notice', 'remedial-plan', 'improvement-notice')
        ORDER BY due_on LIMIT $2 FOR UPDATE SKIP LOCKED`, [today, limit]);
    return rows.map(clean) as CaseRow[];
  }

  async open(tx: Tx, c: { id: string; providerId: string; kpiId: string; stage: EscalationStage; period: string; today: string; dueOn?: string; policyVersion: number }) {
    await tx.query(
      `INSERT INTO performance_case (id, tenant_id, provider_id, kpi_id, stage, status, opened_period, acted_on_period, opened_on, stage_entered_on, due_on, policy_version)
       VALUES ($1, $2, $3, $4, $5, 'open', $6, $6, $7, $7, $8, $9)`,
      [c.id, tx.tenantId, c.providerId, c.kpiId, c.stage, c.period, c.today, c.dueOn ?? null, c.policyVersion]);
  }

  async update(tx: Tx, id: string, fields: Record<string, unknown>): Promise<void> {
    const names = Object.keys(fields);
    await tx.query(`UPDATE performance_case SET ${names.map((n, i) => `${n} = $${i + 2}`).join(', ')} WHERE id = $1`, [id, ...names.map((n) => fields[n] ?? null)]);
  }

  async record(tx: Tx, caseId: string, today: string, t: Transition): Promise<void> {
    await tx.query(
      `INSERT INTO case_transition (tenant_id, case_id, on_day, action, from_stage, to_stage, cause, actor, reason, kpi, policy_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [tx.tenantId, caseId, today, t.action, t.from ?? null, t.to ?? null, t.cause, t.actor, t.reason ?? null, t.kpi ? JSON.stringify(t.kpi) : null, t.policyVersion]);
  }
}

function clean(row: any): CaseRow | undefined {
  if (!row) return undefined;
  for (const k of Object.keys(row)) if (row[k] === null) delete row[k];
  return row;
}
