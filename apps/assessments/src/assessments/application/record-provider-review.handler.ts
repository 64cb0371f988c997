import { Injectable } from '@nestjs/common';
import { CloudEvent, ProviderReviewCompleted, ReviewType } from '@carers/contracts';
import { EarlierStepMissing } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';
import { AssessmentRepository } from './assessment.repository';
import { RecordReviewHandler } from './record-review.handler';
import { SupportPlanRepository } from './support-plan.repository';

/** A review completed in a consortium member's own system, applied after the plan it reviews whatever the order of arrival; a redelivered one changes nothing. */
@Injectable()
export class RecordProviderReviewHandler {
  constructor(
    private readonly assessments: AssessmentRepository,
    private readonly review: RecordReviewHandler,
    private readonly plans: SupportPlanRepository,
  ) {}

  async execute(tx: Tx, e: CloudEvent<ProviderReviewCompleted>): Promise<void> {
    const d = e.data;
    // the provider the inbound path bound the event to: the one whose topic it came on (ADR 0014)
    (await this.assessments.found(tx, d.assessmentId)).mustBeDelegatedTo(d.providerId);
    // reported before the plan it reviews: held until the plan is recorded (issue 19, ADR 0027)
    if (!(await this.plans.forAssessment(tx, d.assessmentId)))
      throw new EarlierStepMissing(`the support plan of assessment ${d.assessmentId}`);
    await this.review.within(tx, d.assessmentId, {
      reviewId: d.reviewId,
      type: d.reviewType as ReviewType,
      completedOn: d.completedOn,
      scores: d.scores,
    });
  }
}
