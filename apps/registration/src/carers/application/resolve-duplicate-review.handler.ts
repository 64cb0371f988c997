import { Inject, Injectable } from '@nestjs/common';
import { CarerMerged, DomainError } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { CARERS, CarerRepository } from './carer.repository';
import { Clock } from '@carers/platform/service';
import { DuplicateReview, DuplicateReviewQueue } from './duplicate-review-queue';

class ReviewNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `There is no duplicate review ${id}.`);
  }
}

class ReviewClosedError extends DomainError {
  constructor(review: DuplicateReview) {
    super('illegal-state', `This review was already resolved (${review.status}).`);
  }
}

class NotInReviewError extends DomainError {
  constructor() {
    super('invalid-survivor', 'survivorId must be one of the two records under review');
  }
}

/** A council officer decides whether two records are one person. */
@Injectable()
export class ResolveDuplicateReviewHandler {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(CARERS) private readonly carers: CarerRepository,
    private readonly queue: DuplicateReviewQueue,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  list(tenantId: string, status: DuplicateReview['status'], limit = 100): Promise<DuplicateReview[]> {
    return this.uow.run(tenantId, (tx) => this.queue.list(tx, status, limit));
  }

  keepApart(tenantId: string, id: string, reason: string, by: string): Promise<DuplicateReview> {
    return this.uow.run(tenantId, async (tx) => {
      const review = await this.openReview(tx, id);
      await this.queue.resolve(tx, id, 'kept-apart', reason, by);
      return { ...review, status: 'kept-apart', resolutionReason: reason, resolvedBy: by };
    });
  }

  /** The survivor keeps its id; the other record is marked merged and what it held moves across. The earlier record survives by default. */
  merge(tenantId: string, id: string, reason: string, by: string, survivorId?: string): Promise<DuplicateReview & { survivorId: string }> {
    const today = this.clock.today();
    return this.uow.run(tenantId, async (tx) => {
      const review = await this.openReview(tx, id);
      const survivor = survivorId ?? review.candidateId;
      if (![review.carerId, review.candidateId].includes(survivor)) throw new NotInReviewError();
      const mergedId = survivor === review.carerId ? review.candidateId : review.carerId;
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

  private async openReview(tx: Parameters<DuplicateReviewQueue['get']>[0], id: string): Promise<DuplicateReview> {
    const review = await this.queue.get(tx, id);
    if (!review) throw new ReviewNotFoundError(id);
    if (review.status !== 'open') throw new ReviewClosedError(review);
    return review;
  }
}
