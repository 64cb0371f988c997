import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { DuplicateReview, openReview } from '../domain/duplicate-review';
import { DuplicateReviewQueue } from './duplicate-review-queue.repository';

/** A council officer decides that two records under review are two people. */
@Injectable()
export class KeepCarersApartHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly queue: DuplicateReviewQueue,
  ) {}

  execute(tenantId: string, id: string, reason: string, by: string): Promise<DuplicateReview> {
    return this.uow.run(tenantId, async (tx) => {
      const review = openReview(id, await this.queue.get(tx, id));
      await this.queue.resolve(tx, id, 'kept-apart', reason, by);
      return { ...review, status: 'kept-apart', resolutionReason: reason, resolvedBy: by };
    });
  }
}
