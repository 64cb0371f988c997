import { Injectable } from '@nestjs/common';
import { monthOf } from '@carers/calendar';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock, councils } from '@carers/platform/service';
import { AnnounceClosedValuesHandler } from './announce-closed-values.handler';
import { MonthCloseRepository } from './month-close.repository';

/**
 * The end of each month, for every council: each past month that has values and is not yet closed is frozen as
 * provisional, and each provisional month whose dispute window ended without an open dispute is confirmed. Each
 * frozen value is announced, provisional and then confirmed.
 */
@Injectable()
export class CloseDueMonthsHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly months: MonthCloseRepository,
    private readonly announce: AnnounceClosedValuesHandler,
    private readonly clock: Clock,
  ) {}

  /** For every council served, or the ones given (an administrator's own council, issue 21 finding 10). */
  async execute(tenants: readonly string[] = councils()): Promise<{ provisional: number; confirmed: number }> {
    const today = this.clock.today();
    const done = { provisional: 0, confirmed: 0 };
    for (const tenantId of tenants) {
      await this.uow.run(tenantId, async (tx) => {
        const { disputeDays } = await this.months.policy(tx);
        for (const period of await this.months.unclosedBefore(tx, monthOf(today))) {
          // another run (or replica) may have closed it while this one waited for the month's lock
          if ((await this.months.stateForChange(tx, period)).status !== 'open') continue;
          await this.months.markProvisional(tx, period, today, disputeDays);
          await this.months.freeze(tx, period);
          await this.announce.execute(tx, period, 'provisional', await this.months.closedValues(tx, period));
          done.provisional++;
        }
        for (const period of await this.months.confirmDue(tx, today)) {
          await this.announce.execute(tx, period, 'confirmed', await this.months.closedValues(tx, period));
          done.confirmed++;
        }
      });
    }
    return done;
  }
}
