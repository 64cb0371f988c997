import { Injectable } from '@nestjs/common';
import { DomainError, RemedialAction, RemedialPlanStatusChanged } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { Ladder } from '../domain/ladder';
import { CaseRecords, CaseRow } from './case-records';
import { Caller } from './case-actions';
import { dueFor, Escalation } from './escalation';
import { EscalationPolicies } from './escalation-policies';

interface PlanRow {
  id: string;
  cycle: number;
  status: string;
  actions: (RemedialAction & { completedOn?: string })[];
}

/**
 * Remedial action plans: requested by the ladder, submitted by the provider (HTTP or provider.remedial-plan.v1),
 * approved or rejected by the council; an approved plan's actions are milestones whose dates become the case's deadline.
 */
@Injectable()
export class RemedialPlans {
  constructor(
    private readonly cases: CaseRecords, private readonly escalation: Escalation, private readonly policies: EscalationPolicies,
    private readonly outbox: Outbox, private readonly clock: Clock,
  ) {}

  async submit(tx: Tx, caseId: string, actions: RemedialAction[], who: Caller): Promise<PlanRow> {
    const c = await this.caseFor(tx, caseId, who);
    const plan = await this.latest(tx, c.id);
    if (plan?.status !== 'requested') throw new DomainError('illegal-state', plan ? `the plan is ${plan.status}; a plan is submitted when one is requested` : 'no plan has been requested for this case');
    const today = this.clock.today();
    const past = actions.filter((a) => a.dueOn < today);
    if (past.length) throw new DomainError('invalid-plan', `actions: ${past.map((a) => a.actionId).join(', ')} fall due before today`);
    if (new Set(actions.map((a) => a.actionId)).size !== actions.length) throw new DomainError('invalid-plan', 'actions: each action needs its own actionId');
    await tx.query(`UPDATE remedial_plan SET status = 'submitted', submitted_on = $2, actions = $3 WHERE id = $1`, [plan.id, today, JSON.stringify(actions)]);
    await this.cases.update(tx, c.id, { due_on: null });
    await this.announce(tx, c, plan, 'submitted', who.subject);
    return (await this.latest(tx, c.id))!;
  }

  async decide(tx: Tx, caseId: string, approve: boolean, reason: string, who: Caller): Promise<PlanRow> {
    const c = await this.caseFor(tx, caseId, who);
    const plan = await this.latest(tx, c.id);
    if (plan?.status !== 'submitted') throw new DomainError('illegal-state', 'there is no submitted plan to decide on');
    const status = approve ? 'approved' : 'rejected';
    await tx.query(`UPDATE remedial_plan SET status = $2, decided_on = $3, decided_by = $4, decision_reason = $5 WHERE id = $1`,
      [plan.id, status, this.clock.today(), who.subject, reason]);
    await this.announce(tx, c, plan, status, who.subject, reason);
    const policy = await this.policies.current(tx, c.providerId);
    if (approve) {
      await this.cases.update(tx, c.id, { due_on: nextMilestone(plan.actions) ?? null });
    } else {
      const [{ rejected }] = await tx.query(`SELECT count(*)::int AS rejected FROM remedial_plan WHERE case_id = $1 AND status = 'rejected'`, [c.id]);
      const decisions = new Ladder(policy).afterRejection(rejected);
      if (decisions.length) await this.escalation.carryOut(tx, (await this.cases.byId(tx, c.id))!, decisions, policy, { actor: 'ladder', movedBy: 'ladder' });
      else await this.escalation.requestPlan(tx, c, dueFor('remedial-plan', policy, this.clock.today())!);
    }
    return (await tx.query(`SELECT id, cycle, status, actions FROM remedial_plan WHERE id = $1`, [plan.id]))[0];
  }

  async completeAction(tx: Tx, caseId: string, actionId: string, completedOn: string, who: Caller): Promise<PlanRow> {
    const c = await this.caseFor(tx, caseId, who);
    const plan = await this.latest(tx, c.id);
    if (plan?.status !== 'approved') throw new DomainError('illegal-state', 'actions are completed on an approved plan');
    const action = plan.actions.find((a) => a.actionId === actionId);
    if (!action) throw new DomainError('not-found', `the plan has no action ${actionId}`);
    if (action.completedOn) return plan;
    action.completedOn = completedOn;
    const next = nextMilestone(plan.actions);
    await tx.query(`UPDATE remedial_plan SET actions = $2, status = $3 WHERE id = $1`, [plan.id, JSON.stringify(plan.actions), next ? 'approved' : 'completed']);
    await this.cases.update(tx, c.id, { due_on: next ?? null });
    await this.cases.record(tx, c.id, this.clock.today(), { action: 'milestone-completed', cause: `action-${actionId}`, actor: who.subject, policyVersion: c.policyVersion });
    if (!next) await this.announce(tx, c, plan, 'completed', who.subject);
    return (await this.latest(tx, c.id))!;
  }

  private async caseFor(tx: Tx, caseId: string, who: Caller): Promise<CaseRow> {
    const c = await this.cases.byId(tx, caseId);
    if (!c || (who.providerId && c.providerId !== who.providerId)) throw new DomainError('not-found', `there is no case ${caseId}`);
    if (c.status === 'closed') throw new DomainError('illegal-state', 'the case is closed');
    return c;
  }

  private async latest(tx: Tx, caseId: string): Promise<PlanRow | undefined> {
    const [plan] = await tx.query(`SELECT id, cycle, status, actions FROM remedial_plan WHERE case_id = $1 ORDER BY cycle DESC LIMIT 1 FOR UPDATE`, [caseId]);
    return plan;
  }

  private async announce(tx: Tx, c: CaseRow, plan: PlanRow, status: string, actor: string, reason?: string) {
    await this.cases.record(tx, c.id, this.clock.today(), { action: `plan-${status}`, cause: `plan-cycle-${plan.cycle}`, actor, reason, policyVersion: c.policyVersion });
    await this.outbox.add(tx, RemedialPlanStatusChanged, c.id, 0, { caseId: c.id, providerId: c.providerId, kpiId: c.kpiId, planId: plan.id, cycle: plan.cycle, status });
  }
}

function nextMilestone(actions: { dueOn: string; completedOn?: string }[]): string | undefined {
  return actions.filter((a) => !a.completedOn).map((a) => a.dueOn).sort()[0];
}
