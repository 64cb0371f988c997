import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ReviewCompleted, ReviewType, WELLBEING_DOMAINS } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { IllegalTransitionError, InvalidAssessmentError } from '../domain/assessment.errors';
import { AssessmentRepository } from './assessment.repository';
import { ClockRepository } from './clock.repository';
import { Review, SupportPlanRepository } from './support-plan.repository';
import { Scope } from '@carers/platform/auth';

export interface RecordReview {
  reviewId?: string;
  type: ReviewType;
  completedOn?: string;
  scores: Record<string, number>;
  notes?: string;
}

/** A review of a support plan (Care Act s27), recorded once (a repeated review id changes nothing); it moves the review clocks on. */
@Injectable()
export class RecordReviewHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly assessments: AssessmentRepository,
    private readonly plans: SupportPlanRepository,
    private readonly clocks: ClockRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  execute(scope: Scope, assessmentId: string, r: RecordReview): Promise<Review> {
    return this.uow.run(scope.tenantId, async (tx) =>
      this.within(tx, (await this.assessments.inScope(tx, scope, assessmentId, true)).facts.id, r),
    );
  }

  /** In a transaction already open: the inbox's, for a review a provider system reports. */
  async within(tx: Tx, assessmentId: string, r: RecordReview): Promise<Review> {
    const today = this.clock.today();
    const assessment = await this.assessments.get(tx, assessmentId, true);
    const plan = assessment && (await this.plans.forAssessment(tx, assessmentId));
    if (!assessment || !plan) throw new IllegalTransitionError('a review follows an agreed support plan');
    const completedOn = r.completedOn ?? today;
    if (completedOn < plan.agreedOn) throw new InvalidAssessmentError(`completedOn is before the plan was agreed (${plan.agreedOn})`);
    if (completedOn > today) throw new InvalidAssessmentError('completedOn cannot be in the future');
    const missing = WELLBEING_DOMAINS.filter((d) => !(d in r.scores));
    if (missing.length) throw new InvalidAssessmentError(`scores lacks ${missing.join(', ')}`);
    const clockKind = r.type === 'light-touch' ? 'light-touch-review' : 'planned-review';
    const dueOn = r.type === 'requested' ? completedOn : ((await this.clocks.dueOn(tx, assessmentId, clockKind)) ?? completedOn);
    const review: Review = { id: r.reviewId ?? randomUUID(), planId: plan.id, type: r.type, dueOn, completedOn, scores: r.scores };
    if (!(await this.plans.addReview(tx, { ...review, notes: r.notes }))) return review;
    if (r.type !== 'requested') await this.clocks.stop(tx, assessmentId, [clockKind], completedOn);
    if (r.type === 'planned') await this.clocks.start(tx, assessment, 'planned-review', completedOn);
    await this.outbox.add(tx, ReviewCompleted, assessmentId, assessment.facts.version, {
      reviewId: review.id,
      planId: plan.id,
      assessmentId,
      carerId: plan.carerId,
      providerId: plan.providerId,
      reviewType: r.type,
      dueOn,
      completedOn,
      entryScores: plan.entryScores,
      scores: r.scores,
    });
    return review;
  }
}
