import { Injectable } from '@nestjs/common';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { CaseStateError, PlanActionNotFoundError } from '../domain/case.errors';
import { actionable, Caller, PerformanceCase } from '../domain/performance-case';
import { nextMilestone, RemedialPlan } from '../domain/remedial-plan';
import { AnnouncePlanStatusHandler } from './announce-plan-status.handler';
import { CaseRepository } from './case.repository';
import { RemedialPlanRepository } from './remedial-plan.repository';

export interface CompleteRemedialAction {
  caseId: string;
  actionId: string;
  completedOn: string;
}

/** The provider completes a milestone of an approved plan; the next open one becomes the deadline, and the last completes the plan. */
@Injectable()
export class CompleteRemedialActionHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly cases: CaseRepository,
    private readonly plans: RemedialPlanRepository,
    private readonly announce: AnnouncePlanStatusHandler,
    private readonly clock: Clock,
  ) {}

  execute(tenantId: string, cmd: CompleteRemedialAction, who: Caller): Promise<RemedialPlan> {
    return this.uow.run(tenantId, (tx) => this.within(tx, cmd, who));
  }

  async within(tx: Tx, { caseId, actionId, completedOn }: CompleteRemedialAction, who: Caller): Promise<RemedialPlan> {
    const c = actionable(await this.cases.byId(tx, caseId), caseId, who);
    const plan = await this.plans.latest(tx, c.id);
    if (plan?.status !== 'approved') throw new CaseStateError('actions are completed on an approved plan');
    if (!plan.actions.some((a) => a.actionId === actionId)) throw new PlanActionNotFoundError(actionId);
    await this.completeOne(tx, c, plan, actionId, completedOn, who);
    // an action of a shared plan is done for every case the plan answers (issue 18)
    for (const other of plan.sharedPlanId ? await this.plans.sharing(tx, plan.sharedPlanId) : []) {
      if (other.caseId === c.id) continue;
      const each = await this.cases.byId(tx, other.caseId);
      const theirs = each?.status === 'closed' ? undefined : await this.plans.latest(tx, other.caseId);
      if (each && theirs?.id === other.planId && theirs.status === 'approved')
        await this.completeOne(tx, each, theirs, actionId, completedOn, who);
    }
    return (await this.plans.latest(tx, c.id))!;
  }

  private async completeOne(tx: Tx, c: PerformanceCase, plan: RemedialPlan, actionId: string, completedOn: string, who: Caller) {
    const action = plan.actions.find((a) => a.actionId === actionId);
    if (!action || action.completedOn) return;
    action.completedOn = completedOn;
    const next = nextMilestone(plan.actions);
    await this.plans.saveActions(tx, plan.id, plan.actions, next ? 'approved' : 'completed');
    await this.cases.update(tx, c.id, { dueOn: next ?? null });
    await this.cases.record(tx, c.id, this.clock.today(), {
      action: 'milestone-completed',
      cause: `action-${actionId}`,
      actor: who.subject,
      policyVersion: c.policyVersion,
    });
    if (!next) await this.announce.execute(tx, c, plan, 'completed', who.subject);
  }
}
