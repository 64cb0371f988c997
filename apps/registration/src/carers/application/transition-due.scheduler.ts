import { Injectable } from '@nestjs/common';
import { YoungCarerTransitionDue } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock, councils, IntervalJob } from '@carers/platform/service';
import { TransitionWatch } from './transition-watch';

/**
 * Young carers approaching 18 (from the 17th birthday by default, TRANSITION_FROM_AGE_MONTHS to change it):
 * a transition-due event, once per carer, so the assessments service can offer a Care Act s63 assessment.
 */
@Injectable()
export class TransitionDueScheduler extends IntervalJob {
  protected readonly every = { env: 'TRANSITION_SCAN_SECONDS', seconds: 3600 };

  constructor(private readonly uow: UnitOfWork, private readonly watch: TransitionWatch, private readonly outbox: Outbox, private readonly clock: Clock) {
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
        await this.outbox.addMany(tx, YoungCarerTransitionDue, due.map((c) => ({
          aggregateId: c.carerId, aggregateVersion: c.version,
          data: { carerId: c.carerId, providerId: c.providerId, turns18In: turns18In(c.dateOfBirth), dueOn: today },
        })));
        await this.watch.markSent(tx, due.map((c) => c.carerId), today);
        return due.length;
      });
    }
    return sent;
  }
}

/** The latest date of birth of someone who is at least `months` old today. */
export function bornOnOrBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export function turns18In(dateOfBirth: string): string {
  return `${Number(dateOfBirth.slice(0, 4)) + 18}${dateOfBirth.slice(4, 7)}`;
}
