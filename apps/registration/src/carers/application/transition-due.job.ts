import { Injectable } from '@nestjs/common';
import { YoungCarerTransitionDue } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock, councils, IntervalJob } from '@carers/platform/service';
import { bornOnOrBefore, turns18In } from '../domain/transition-due';
import { TransitionWatch } from './transition-watch.repository';

/**
 * Young carers approaching 18 (from the 17th birthday by default, TRANSITION_FROM_AGE_MONTHS to change it):
 * a transition-due event, once per carer, so the assessments service can offer a Care Act s63 assessment.
 */
@Injectable()
export class TransitionDueJob extends IntervalJob {
  protected readonly every = { env: 'TRANSITION_SCAN_SECONDS', seconds: 3600 };

  constructor(
    private readonly uow: UnitOfWork,
    private readonly watch: TransitionWatch,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {
    super();
  }

  protected tick() {
    return this.runOnce();
  }

  async runOnce(fromAgeMonths = Number(process.env['TRANSITION_FROM_AGE_MONTHS'] ?? 204)): Promise<number> {
    const today = this.clock.today();
    let sent = 0;
    for (const tenantId of councils()) {
      sent += await this.uow.run(tenantId, async (tx) => {
        const due = await this.watch.claimDue(tx, bornOnOrBefore(today, fromAgeMonths), 500);
        await this.outbox.addMany(
          tx,
          YoungCarerTransitionDue,
          due.map((c) => ({
            aggregateId: c.carerId,
            aggregateVersion: c.version,
            data: { carerId: c.carerId, providerId: c.providerId, turns18In: turns18In(c.dateOfBirth), dueOn: today },
          })),
        );
        await this.watch.markSent(
          tx,
          due.map((c) => c.carerId),
          today,
        );
        return due.length;
      });
    }
    return sent;
  }
}
