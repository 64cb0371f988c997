import { Injectable } from '@nestjs/common';
import { ReviewCompleted } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { reviewContributions } from '../domain/tally';
import { Touched } from '../domain/touched';
import { PerformanceRepository } from './performance.repository';

/** A completed review, for the review and wellbeing KPIs: wellbeing improved when its scores add up to more than at entry. */
@Injectable()
export class RecordReviewHandler {
  constructor(private readonly performance: PerformanceRepository) {}

  async execute(tx: Tx, d: ReviewCompleted, touched: Touched): Promise<void> {
    const total = (s: Record<string, number>) => Object.values(s).reduce((a, b) => a + b, 0);
    const review = {
      reviewId: d.reviewId,
      assessmentId: d.assessmentId,
      providerId: d.providerId,
      reviewType: d.reviewType,
      dueOn: d.dueOn,
      completedOn: d.completedOn,
      improved: total(d.scores) > total(d.entryScores),
    };
    if (await this.performance.recordReview(tx, review)) touched.add(d.providerId, [], reviewContributions(review));
  }
}
