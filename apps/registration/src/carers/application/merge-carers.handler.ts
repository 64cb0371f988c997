import { Injectable } from '@nestjs/common';
import { CarerMerged } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { DuplicateReview, openReview, survivorOf } from '../domain/duplicate-review';
import { CarerRepository } from './carer.repository';
import { DuplicateReviewQueue } from './duplicate-review-queue.repository';

/**
 * A council officer decides that two records under review are one person. The survivor keeps its id; the other
 * record is marked merged and what it held moves across. The earlier record survives by default.
 */
@Injectable()
export class MergeCarersHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
    private readonly queue: DuplicateReviewQueue,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  execute(
    tenantId: string,
    id: string,
    reason: string,
    by: string,
    survivorId?: string,
  ): Promise<DuplicateReview & { survivorId: string }> {
    const today = this.clock.today();
    return this.uow.run(tenantId, async (tx) => {
      const review = openReview(id, await this.queue.get(tx, id));
      const { survivorId: survivor, mergedId } = survivorOf(review, survivorId);
      const keep = await this.carers.get(tx, survivor, true);
      const merge = await this.carers.get(tx, mergedId, true);
      const merged = merge!.mergeInto(keep!);
      await this.carers.save(tx, merged);
      await this.queue.moveBelongings(tx, mergedId, survivor);
      await this.queue.resolve(tx, id, 'merged', reason, by);
      await this.outbox.add(tx, CarerMerged, mergedId, merged.version, { survivorId: survivor, mergedId, mergedOn: today });
      return { ...review, status: 'merged', resolutionReason: reason, resolvedBy: by, survivorId: survivor };
    });
  }
}
