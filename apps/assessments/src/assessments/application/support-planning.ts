import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ReviewCompleted, ReviewType, SupportPlanAgreed, WELLBEING_DOMAINS } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { IllegalTransitionError, InvalidAssessmentError } from '../domain/assessment.errors';
import { agreePlan, hasDirectPayment, SupportPlan, SupportPlanDetails } from '../domain/support-plan';
import { AssessmentScope } from './assessment-scope';
import { AssessmentStore } from './assessment-store';
import { AssessmentNotFoundError, AssessmentWorkflow } from './assessment-workflow';
import { Clocks } from './clocks';
import { Review, SupportPlans } from './support-plans';

export interface RecordReview {
  reviewId?: string;
  type: ReviewType;
  completedOn?: string;
  scores: Record<string, number>;
  notes?: string;
}

/** Support plans (Care Act s25) and their reviews (s27), over HTTP and from provider systems. */
@Injectable()
export class SupportPlanning {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly workflow: AssessmentWorkflow,
    private readonly store: AssessmentStore,
    private readonly plans: SupportPlans,
    private readonly clocks: Clocks,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  agree(scope: AssessmentScope, assessmentId: string, details: SupportPlanDetails, entryScores: Record<string, number>, agreedOn?: string): Promise<SupportPlan> {
    return this.uow.run(scope.tenantId, async (tx) => this.agreeIn(tx, await this.workflow.inScope(tx, scope, assessmentId, true).then((a) => a.facts.id), details, entryScores, agreedOn));
  }

  /** With repeatIsNoOp, a plan reported again (a provider system's redelivery) returns the plan already agreed. */
  async agreeIn(tx: Tx, assessmentId: string, details: SupportPlanDetails, entryScores: Record<string, number>, agreedOn?: string, opts: { repeatIsNoOp?: boolean } = {}): Promise<SupportPlan> {
    const today = this.clock.today();
    const assessment = await this.store.get(tx, assessmentId, true);
    if (!assessment) throw new AssessmentNotFoundError(assessmentId);
    const existing = await this.plans.forAssessment(tx, assessmentId);
    if (existing && opts.repeatIsNoOp) return existing;
    if (existing) throw new IllegalTransitionError(`a support plan was already agreed on ${existing.agreedOn}`);
    const plan = agreePlan(randomUUID(), assessment, agreedOn ?? today, details, entryScores, today);
    await this.plans.add(tx, plan);
    await this.clocks.stop(tx, assessmentId, ['plan-after-assessment'], plan.agreedOn);
    await this.clocks.start(tx, assessment, 'light-touch-review', plan.agreedOn);
    await this.clocks.start(tx, assessment, 'planned-review', plan.agreedOn);
    await this.outbox.add(tx, SupportPlanAgreed, assessmentId, assessment.facts.version, {
      planId: plan.id, assessmentId, carerId: plan.carerId, providerId: plan.providerId, assessmentCompletedOn: assessment.facts.completedOn!,
      agreedOn: plan.agreedOn, directPayment: hasDirectPayment(plan.details),
    });
    return plan;
  }

  plan(scope: AssessmentScope, assessmentId: string): Promise<SupportPlan & { reviews: Review[] }> {
    return this.uow.run(scope.tenantId, async (tx) => {
      await this.workflow.inScope(tx, scope, assessmentId);
      const plan = await this.plans.forAssessment(tx, assessmentId);
      if (!plan) throw new AssessmentNotFoundError(`${assessmentId}/support-plan`);
      return { ...plan, reviews: await this.plans.reviews(tx, plan.id) };
    });
  }

  review(scope: AssessmentScope, assessmentId: string, r: RecordReview): Promise<Review> {
    return this.uow.run(scope.tenantId, async (tx) => this.reviewIn(tx, (await this.workflow.inScope(tx, scope, assessmentId, true)).facts.id, r));
  }

  /** Records a review once (a repeated review id changes nothing) and moves the review clocks on. */
  async reviewIn(tx: Tx, assessmentId: string, r: RecordReview): Promise<Review> {
    const today = this.clock.today();
    const assessment = await this.store.get(tx, assessmentId, true);
    const plan = assessment && (await this.plans.forAssessment(tx, assessmentId));
    if (!assessment || !plan) throw new IllegalTransitionError('a review follows an agreed support plan');
    const completedOn = r.completedOn ?? today;
    if (completedOn < plan.agreedOn) throw new InvalidAssessmentError(`completedOn is before the plan was agreed (${plan.agreedOn})`);
    if (completedOn > today) throw new InvalidAssessmentError('completedOn cannot be in the future');
    const missing = WELLBEING_DOMAINS.filter((d) => !(d in r.scores));
    if (missing.length) throw new InvalidAssessmentError(`scores lacks ${missing.join(', ')}`);
    const clockKind = r.type === 'light-touch' ? 'light-touch-review' : 'planned-review';
    const dueOn = r.type === 'requested' ? completedOn : (await this.clocks.dueOn(tx, assessmentId, clockKind)) ?? completedOn;
    const review: Review = { id: r.reviewId ?? randomUUID(), planId: plan.id, type: r.type, dueOn, completedOn, scores: r.scores };
    if (!(await this.plans.addReview(tx, { ...review, notes: r.notes }))) return review;
    if (r.type !== 'requested') await this.clocks.stop(tx, assessmentId, [clockKind], completedOn);
    if (r.type === 'planned') await this.clocks.start(tx, assessment, 'planned-review', completedOn);
    await this.outbox.add(tx, ReviewCompleted, assessmentId, assessment.facts.version, {
      reviewId: review.id, planId: plan.id, assessmentId, carerId: plan.carerId, providerId: plan.providerId, reviewType: r.type,
      dueOn, completedOn, entryScores: plan.entryScores, scores: r.scores,
    });
    return review;
  }
}
