import { Injectable } from '@nestjs/common';
import { RemedialAction } from '@carers/contracts';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { CaseStateError } from '../domain/case.errors';
import { actionable, Caller } from '../domain/performance-case';
import { checkActions, RemedialPlan } from '../domain/remedial-plan';
import { CaseRepository } from './case.repository';
import { AnnouncePlanStatusHandler } from './announce-plan-status.handler';
import { RemedialPlanRepository } from './remedial-plan.repository';

/** The provider submits the plan the ladder asked for, over HTTP or from its own system (provider.remedial-plan.v1). */
@Injectable()
export class SubmitRemedialPlanHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly cases: CaseRepository,
    private readonly plans: RemedialPlanRepository,
    private readonly announce: AnnouncePlanStatusHandler,
    private readonly clock: Clock,
  ) {}

  execute(tenantId: string, caseId: string, actions: RemedialAction[], who: Caller): Promise<RemedialPlan> {
    return this.uow.run(tenantId, (tx) => this.within(tx, caseId, actions, who));
  }

  async within(tx: Tx, caseId: string, actions: RemedialAction[], who: Caller): Promise<RemedialPlan> {
    const c = actionable(await this.cases.byId(tx, caseId), caseId, who);
    const plan = await this.plans.latest(tx, c.id);
    if (plan?.status !== 'requested')
      throw new CaseStateError(
        plan ? `the plan is ${plan.status}; a plan is submitted when one is requested` : 'no plan has been requested for this case',
      );
    const today = this.clock.today();
    checkActions(actions, today);
    await this.plans.submit(tx, plan.id, today, actions);
    await this.cases.update(tx, c.id, { dueOn: null });
    await this.announce.execute(tx, c, plan, 'submitted', who.subject);
    return (await this.plans.latest(tx, c.id))!;
  }
}
