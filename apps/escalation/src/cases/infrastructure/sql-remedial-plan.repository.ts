import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { PlanStatus, RemedialPlan } from '../domain/remedial-plan';
import { RemedialPlanRepository } from '../application/remedial-plan.repository';

const PLAN = `id, cycle, status, actions, shared_plan_id AS "sharedPlanId"`;
type PlanRow = Omit<RemedialPlan, 'sharedPlanId'> & { sharedPlanId: string | null };
const withoutNull = (p: PlanRow | undefined): RemedialPlan | undefined => {
  if (!p) return undefined;
  const { sharedPlanId, ...plan } = p;
  return sharedPlanId ? { ...plan, sharedPlanId } : plan;
};

@Injectable()
export class SqlRemedialPlanRepository extends RemedialPlanRepository {
  async latest(tx: Tx, caseId: string) {
    const [plan] = await tx.query<PlanRow>(
      `SELECT ${PLAN} FROM remedial_plan WHERE tenant_id = $1 AND case_id = $2 ORDER BY cycle DESC LIMIT 1 FOR UPDATE`,
      [tx.tenantId, caseId],
    );
    return withoutNull(plan);
  }

  async byId(tx: Tx, id: string) {
    const [plan] = await tx.query<PlanRow>(`SELECT ${PLAN} FROM remedial_plan WHERE tenant_id = $1 AND id = $2`, [tx.tenantId, id]);
    return withoutNull(plan)!;
  }

  async request(tx: Tx, caseId: string, requestedOn: string, dueOn: string) {
    const [{ cycle }] = await tx.query<{ cycle: number }>(
      `SELECT coalesce(max(cycle), 0) + 1 AS cycle FROM remedial_plan WHERE tenant_id = $1 AND case_id = $2`,
      [tx.tenantId, caseId],
    );
    const planId = randomUUID();
    await tx.query(
      `INSERT INTO remedial_plan (id, tenant_id, case_id, cycle, status, requested_on, due_on) VALUES ($1, $2, $3, $4, 'requested', $5, $6)`,
      [planId, tx.tenantId, caseId, cycle, requestedOn, dueOn],
    );
    return { planId, cycle };
  }

  async submit(tx: Tx, planId: string, on: string, actions: RemedialPlan['actions'], sharedPlanId?: string) {
    await tx.query(
      `UPDATE remedial_plan SET status = 'submitted', submitted_on = $3, actions = $4, shared_plan_id = $5 WHERE tenant_id = $1 AND id = $2`,
      [tx.tenantId, planId, on, JSON.stringify(actions), sharedPlanId ?? null],
    );
  }

  sharing(tx: Tx, sharedPlanId: string) {
    return tx.query<{ caseId: string; planId: string }>(
      `SELECT case_id AS "caseId", id AS "planId" FROM remedial_plan WHERE tenant_id = $1 AND shared_plan_id = $2 ORDER BY case_id`,
      [tx.tenantId, sharedPlanId],
    );
  }

  async decide(tx: Tx, planId: string, status: 'approved' | 'rejected', on: string, by: string, reason: string) {
    await tx.query(
      `UPDATE remedial_plan SET status = $3, decided_on = $4, decided_by = $5, decision_reason = $6 WHERE tenant_id = $1 AND id = $2`,
      [tx.tenantId, planId, status, on, by, reason],
    );
  }

  async saveActions(tx: Tx, planId: string, actions: RemedialPlan['actions'], status: PlanStatus) {
    await tx.query(`UPDATE remedial_plan SET actions = $3, status = $4 WHERE tenant_id = $1 AND id = $2`, [
      tx.tenantId,
      planId,
      JSON.stringify(actions),
      status,
    ]);
  }

  async rejectedCount(tx: Tx, caseId: string) {
    const [{ rejected }] = await tx.query<{ rejected: number }>(
      `SELECT count(*)::int AS rejected FROM remedial_plan WHERE tenant_id = $1 AND case_id = $2 AND status = 'rejected'`,
      [tx.tenantId, caseId],
    );
    return rejected;
  }

  async failLatest(tx: Tx, caseId: string) {
    const [plan] = await tx.query(
      `UPDATE remedial_plan SET status = 'failed'
        WHERE tenant_id = $1 AND id = (SELECT id FROM remedial_plan WHERE tenant_id = $1 AND case_id = $2 ORDER BY cycle DESC LIMIT 1) RETURNING id, cycle`,
      [tx.tenantId, caseId],
    );
    return plan as { id: string; cycle: number } | undefined;
  }

  async completeOpen(tx: Tx, caseId: string) {
    await tx.query(
      `UPDATE remedial_plan SET status = 'completed' WHERE tenant_id = $1 AND case_id = $2 AND status IN ('requested', 'submitted', 'approved')`,
      [tx.tenantId, caseId],
    );
  }
}
