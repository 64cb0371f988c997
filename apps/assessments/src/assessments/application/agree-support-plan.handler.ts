import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { SupportPlanAgreed } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { IllegalTransitionError } from '../domain/assessment.errors';
import { agreePlan, hasDirectPayment, SupportPlan, SupportPlanDetails } from '../domain/support-plan';
import { AssessmentRepository } from './assessment.repository';
import { ClockRepository } from './clock.repository';
import { SupportPlanRepository } from './support-plan.repository';
import { Scope } from '@carers/platform/auth';

export interface AgreeSupportPlan {
  assessmentId: string;
  details: SupportPlanDetails;
  /** Wellbeing scores 1-5 in the ten domains, at entry. */
  entryScores: Record<string, number>;
  agreedOn?: string;
}

/** A support plan (Care Act s25) after a completed assessment: the plan clock stops and the review clocks start. */
@Injectable()
export class AgreeSupportPlanHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly assessments: AssessmentRepository,
    private readonly plans: SupportPlanRepository,
    private readonly clocks: ClockRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  execute(scope: Scope, cmd: AgreeSupportPlan): Promise<SupportPlan> {
    return this.uow.run(scope.tenantId, async (tx) =>
      this.within(tx, { ...cmd, assessmentId: (await this.assessments.inScope(tx, scope, cmd.assessmentId, true)).facts.id }),
    );
  }

  /**
   * In a transaction already open (the inbox's, for a plan a provider system reports). With repeatIsNoOp, a
   * plan reported again (a provider system's redelivery) returns the plan already agreed.
   */
  async within(tx: Tx, cmd: AgreeSupportPlan, opts: { repeatIsNoOp?: boolean } = {}): Promise<SupportPlan> {
    const { assessmentId } = cmd;
    const today = this.clock.today();
    const assessment = await this.assessments.found(tx, assessmentId, true);
    const existing = await this.plans.forAssessment(tx, assessmentId);
    if (existing && opts.repeatIsNoOp) return existing;
    if (existing) throw new IllegalTransitionError(`a support plan was already agreed on ${existing.agreedOn}`);
    const plan = agreePlan(randomUUID(), assessment, cmd.agreedOn ?? today, cmd.details, cmd.entryScores, today);
    await this.plans.add(tx, plan);
    await this.clocks.stop(tx, assessmentId, ['plan-after-assessment'], plan.agreedOn);
    await this.clocks.start(tx, assessment, 'light-touch-review', plan.agreedOn);
    await this.clocks.start(tx, assessment, 'planned-review', plan.agreedOn);
    await this.outbox.add(tx, SupportPlanAgreed, assessmentId, assessment.facts.version, {
      planId: plan.id,
      assessmentId,
      carerId: plan.carerId,
      providerId: plan.providerId,
      assessmentCompletedOn: assessment.facts.completedOn!,
      agreedOn: plan.agreedOn,
      directPayment: hasDirectPayment(plan.details),
    });
    return plan;
  }
}
