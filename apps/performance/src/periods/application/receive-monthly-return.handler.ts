import { Injectable } from '@nestjs/common';
import { monthOf } from '@carers/calendar';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { MeasureReturnHandler } from '../../kpis/application/measure-return.handler';
import { isLate } from '../domain/direction';
import { PeriodConfirmedError, ReturnTooEarlyError, UnknownProviderError } from '../domain/monthly-return.errors';
import { MonthCloseRepository } from './month-close.repository';
import { MonthlyReturn, MonthlyReturnRepository } from './monthly-return.repository';

/** A provider's monthly return, by HTTP or on provider.monthly-return.v1; a return after its due day is kept and flagged late, and measured. */
@Injectable()
export class ReceiveMonthlyReturnHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly returns: MonthlyReturnRepository,
    private readonly months: MonthCloseRepository,
    private readonly measureReturn: MeasureReturnHandler,
    private readonly clock: Clock,
  ) {}

  /** Over HTTP: in a transaction of its own. */
  execute(tenantId: string, r: MonthlyReturn): Promise<{ late: boolean }> {
    return this.uow.run(tenantId, (tx) => this.within(tx, r));
  }

  /** From a provider's system: in the inbox's transaction, so it commits with the delivery. */
  async within(tx: Tx, r: MonthlyReturn): Promise<{ late: boolean }> {
    const today = this.clock.today();
    if (r.period >= monthOf(today)) throw new ReturnTooEarlyError(r.period);
    if (!(await this.returns.providerExists(tx, r.providerId))) throw new UnknownProviderError(r.providerId);
    if ((await this.months.stateForChange(tx, r.period)).status === 'confirmed') throw new PeriodConfirmedError(r.period);
    const { returnDueDay } = await this.months.policy(tx);
    const late = isLate(r.period, today, returnDueDay);
    await this.returns.save(tx, r, today, late);
    await this.measureReturn.execute(tx, r);
    return { late };
  }
}
