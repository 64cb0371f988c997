import { Injectable } from '@nestjs/common';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { CaseStateError } from '../domain/case.errors';
import { dueFor } from '../domain/deadlines';
import { Ladder } from '../domain/ladder';
import { actionable, Caller, LADDER, PerformanceCase } from '../domain/performance-case';
import { nextMilestone, RemedialPlan } from '../domain/remedial-plan';
import { AnnouncePlanStatusHandler } from './announce-plan-status.handler';
import { CarryOutDecisionsHandler } from './carry-out-decisions.handler';
import { CaseRepository } from './case.repository';
import { CouncilCalendarRepository } from './council-calendar.repository';
import { EscalationPolicyRepository } from './escalation-policy.repository';
import { RemedialPlanRepository } from './remedial-plan.repository';
import { RequestRemedialPlanHandler } from './request-remedial-plan.handler';

/**
 * The council approves or rejects a submitted plan. An approved plan's actions are milestones whose dates
 * become the case's deadline; a rejected one is asked for again, or escalates under the ladder's rule.
 */
@Injectable()
export class DecideRemedialPlanHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly cases: CaseRepository,
    private readonly plans: RemedialPlanRepository,
    private readonly policies: EscalationPolicyRepository,
    private readonly announce: AnnouncePlanStatusHandler,
    private readonly carryOut: CarryOutDecisionsHandler,
    private readonly requestPlan: RequestRemedialPlanHandler,
    private readonly clock: Clock,
    private readonly calendars: CouncilCalendarRepository,
  ) {}

  execute(tenantId: string, caseId: string, approve: boolean, reason: string, who: Caller): Promise<RemedialPlan> {
    return this.uow.run(tenantId, async (tx) => {
      const c = actionable(await this.cases.byId(tx, caseId), caseId, who);
      const plan = await this.plans.latest(tx, c.id);
      if (plan?.status !== 'submitted') throw new CaseStateError('there is no submitted plan to decide on');
      await this.decideOne(tx, c, plan, approve, reason, who);
      // a shared plan is decided once, for every case it answers (issue 18)
      for (const other of plan.sharedPlanId ? await this.plans.sharing(tx, plan.sharedPlanId) : []) {
        if (other.caseId === c.id) continue;
        const each = await this.cases.byId(tx, other.caseId);
        const theirs = each?.status === 'closed' ? undefined : await this.plans.latest(tx, other.caseId);
        if (each && theirs?.id === other.planId && theirs.status === 'submitted')
          await this.decideOne(tx, each, theirs, approve, reason, who);
      }
      return this.plans.byId(tx, plan.id);
    });
  }

  private async decideOne(tx: Tx, c: PerformanceCase, plan: RemedialPlan, approve: boolean, reason: string, who: Caller) {
    const status = approve ? 'approved' : 'rejected';
    await this.plans.decide(tx, plan.id, status, this.clock.today(), who.subject, reason);
    await this.announce.execute(tx, c, plan, status, who.subject, reason);
    const policy = await this.policies.current(tx, c.providerId);
    if (approve) {
      await this.cases.update(tx, c.id, { dueOn: nextMilestone(plan.actions) ?? null });
    } else {
      const decisions = new Ladder(policy).afterRejection(await this.plans.rejectedCount(tx, c.id));
      if (decisions.length) await this.carryOut.execute(tx, (await this.cases.byId(tx, c.id))!, decisions, policy, LADDER);
      else await this.requestPlan.execute(tx, c, dueFor('remedial-plan', policy, this.clock.today(), await this.calendars.calendar(tx))!);
    }
  }
}
