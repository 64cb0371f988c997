import { Injectable } from '@nestjs/common';
import { CloudEvent, ProviderReviewCompleted, ReviewType } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { AssessmentRepository } from './assessment.repository';
import { RecordReviewHandler } from './record-review.handler';

/** A review completed in a consortium member's own system; a redelivered one changes nothing. */
@Injectable()
export class RecordProviderReviewHandler {
  constructor(
    private readonly assessments: AssessmentRepository,
    private readonly review: RecordReviewHandler,
  ) {}

  async execute(tx: Tx, e: CloudEvent<ProviderReviewCompleted>): Promise<void> {
    const d = e.data;
    // the provider the inbound path bound the event to: the one whose topic it came on (ADR 0014)
    (await this.assessments.found(tx, d.assessmentId)).mustBeDelegatedTo(d.providerId);
    await this.review.within(tx, d.assessmentId, {
      reviewId: d.reviewId,
      type: d.reviewType as ReviewType,
      completedOn: d.completedOn,
      scores: d.scores,
    });
  }
}
