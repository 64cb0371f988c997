import { Injectable } from '@nestjs/common';
import { ClockOverdue, ClockWarningRaised } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock, councils, IntervalJob } from '@carers/platform/service';
import { ClockRepository } from './clock.repository';

/**
 * Announces each clock's 75% warning and its deadline passing, once, even when nothing else happens. Clocks
 * are claimed with SKIP LOCKED, so several replicas never announce the same one twice.
 */
@Injectable()
export class ClockDeadlinesJob extends IntervalJob {
  protected readonly every = { env: 'CLOCK_SCAN_SECONDS', seconds: 300 };

  constructor(
    private readonly uow: UnitOfWork,
    private readonly clocks: ClockRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {
    super();
  }

  protected tick() {
    return this.runOnce();
  }

  async runOnce(): Promise<{ warnings: number; overdue: number }> {
    const today = this.clock.today();
    const sent = { warnings: 0, overdue: 0 };
    for (const tenantId of councils()) {
      await this.uow.run(tenantId, async (tx) => {
        for (const due of await this.clocks.claimDue(tx, today, 500)) {
          const data = {
            clockId: due.clockId,
            assessmentId: due.assessmentId,
            carerId: due.carerId,
            providerId: due.providerId,
            clock: due.kind,
            startedOn: due.startedOn,
            dueOn: due.dueOn,
            pausedDays: due.pausedDays,
          };
          if (due.event === 'warning') await this.outbox.add(tx, ClockWarningRaised, due.assessmentId, 0, data);
          else await this.outbox.add(tx, ClockOverdue, due.assessmentId, 0, data);
          await this.clocks.markSent(tx, due.clockId, due.event, today);
          sent[due.event === 'warning' ? 'warnings' : 'overdue']++;
        }
      });
    }
    return sent;
  }
}
