import { Injectable } from '@nestjs/common';
import { EmergencyPlanReviewDue } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { CarerRepository } from '../../carers/application/carer.repository';
import { Clock, councils, IntervalJob } from '@carers/platform/service';
import { EmergencyPlanRepository } from './emergency-plan.repository';

/**
 * Emits a review-due event once for each plan whose six-monthly check has come, even when nothing else
 * happens. Rows are claimed with SKIP LOCKED, so several replicas never send the same reminder twice.
 */
@Injectable()
export class EmergencyPlanReviewsJob extends IntervalJob {
  protected readonly every = { env: 'EMERGENCY_REVIEW_SCAN_SECONDS', seconds: 300 };

  constructor(
    private readonly uow: UnitOfWork,
    private readonly plans: EmergencyPlanRepository,
    private readonly carers: CarerRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {
    super();
  }

  protected tick() {
    return this.runOnce();
  }

  async runOnce(): Promise<number> {
    let sent = 0;
    for (const tenantId of councils()) {
      sent += await this.uow.run(tenantId, async (tx) => {
        const due = await this.plans.claimDueReviews(tx, this.clock.today(), 500);
        for (const plan of due) {
          const carer = await this.carers.get(tx, plan.carerId);
          await this.outbox.add(tx, EmergencyPlanReviewDue, plan.carerId, plan.version, {
            planId: plan.id,
            carerId: plan.carerId,
            providerId: carer?.details.providerId,
            reviewDueOn: plan.reviewDueOn,
          });
          await this.plans.markReviewNotified(tx, plan.id, plan.reviewDueOn);
        }
        return due.length;
      });
    }
    return sent;
  }
}
