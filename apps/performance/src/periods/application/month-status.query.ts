import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { PeriodState } from '../domain/period';
import { MonthCloseRepository } from './month-close.repository';

/** Where a month stands in its close. */
@Injectable()
export class MonthStatusQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly months: MonthCloseRepository,
  ) {}

  execute(tenantId: string, period: string): Promise<PeriodState> {
    return this.uow.run(tenantId, (tx) => this.months.state(tx, period));
  }
}
