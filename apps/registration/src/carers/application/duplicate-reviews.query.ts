import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { DuplicateReview } from '../domain/duplicate-review';
import { DuplicateReviewQueue } from './duplicate-review-queue.repository';

/** The queue of records that may be one person, by where they are in review. */
@Injectable()
export class DuplicateReviewsQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly queue: DuplicateReviewQueue,
  ) {}

  execute(tenantId: string, status: DuplicateReview['status'], limit = 100): Promise<DuplicateReview[]> {
    return this.uow.run(tenantId, (tx) => this.queue.list(tx, status, limit));
  }
}
