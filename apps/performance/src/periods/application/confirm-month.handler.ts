import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { OpenDisputesError, PeriodStateError } from '../domain/month-close.errors';
import { PeriodState } from '../domain/period';
import { AnnounceClosedValuesHandler } from './announce-closed-values.handler';
import { MonthCloseRepository } from './month-close.repository';

/** A council officer confirms a provisional month before its window ends, once no dispute is open; each of its values is announced confirmed. */
@Injectable()
export class ConfirmMonthHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly months: MonthCloseRepository,
    private readonly announce: AnnounceClosedValuesHandler,
    private readonly clock: Clock,
  ) {}

  execute(cmd: { tenantId: string; period: string; by: string }): Promise<PeriodState> {
    const { period } = cmd;
    return this.uow.run(cmd.tenantId, async (tx) => {
      const state = await this.months.stateForChange(tx, period);
      if (state.status !== 'provisional') throw new PeriodStateError(period, state.status);
      const open = await this.months.openDisputes(tx, period);
      if (open) throw new OpenDisputesError(period, open);
      await this.months.confirm(tx, period, this.clock.today(), cmd.by);
      await this.announce.execute(tx, period, 'confirmed', await this.months.closedValues(tx, period));
      return this.months.state(tx, period);
    });
  }
}
