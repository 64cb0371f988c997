import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RemedialAction } from '@carers/contracts';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { CaseStateError } from '../domain/case.errors';
import { actionable, Caller, PerformanceCase } from '../domain/performance-case';
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

  execute(
    tenantId: string,
    caseId: string,
    actions: RemedialAction[],
    who: Caller,
    alsoFor: readonly string[] = [],
  ): Promise<RemedialPlan> {
    return this.uow.run(tenantId, (tx) => this.within(tx, caseId, actions, who, alsoFor));
  }

  /**
   * `alsoFor` names other cases of the same provider whose plans are requested: one plan answers them all (issue 18,
   * several failing KPIs of one contract), each case keeping its own plan row under one shared id.
   */
  async within(tx: Tx, caseId: string, actions: RemedialAction[], who: Caller, alsoFor: readonly string[] = []): Promise<RemedialPlan> {
    const c = await this.requested(tx, caseId, who);
    const others = [];
    for (const id of new Set(alsoFor.filter((id) => id !== caseId))) {
      const other = await this.requested(tx, id, who);
      if (other.c.providerId !== c.c.providerId) throw new CaseStateError(`case ${id}: a shared plan answers cases of one provider only`);
      others.push(other);
    }
    const today = this.clock.today();
    checkActions(actions, today);
    const sharedPlanId = others.length ? randomUUID() : undefined;
    for (const { c: each, plan } of [c, ...others]) {
      await this.plans.submit(tx, plan.id, today, actions, sharedPlanId);
      await this.cases.update(tx, each.id, { dueOn: null });
      await this.announce.execute(tx, each, plan, 'submitted', who.subject);
    }
    return (await this.plans.latest(tx, c.c.id))!;
  }

  private async requested(tx: Tx, caseId: string, who: Caller): Promise<{ c: PerformanceCase; plan: RemedialPlan }> {
    const c = actionable(await this.cases.byId(tx, caseId), caseId, who);
    const plan = await this.plans.latest(tx, c.id);
    if (plan?.status !== 'requested')
      throw new CaseStateError(
        `case ${caseId}: ` +
          (plan ? `the plan is ${plan.status}; a plan is submitted when one is requested` : 'no plan has been requested for this case'),
      );
    return { c, plan };
  }
}
