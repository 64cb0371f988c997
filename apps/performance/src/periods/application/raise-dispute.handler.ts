import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { PerformanceRepository } from '../../kpis/application/performance.repository';
import { DisputeWindowClosedError, NoKpiValueError, PeriodNotDisputableError } from '../domain/month-close.errors';
import { MonthCloseRepository } from './month-close.repository';

export interface RaiseDispute {
  tenantId: string;
  providerId: string;
  period: string;
  kpiId: string;
  reason: string;
  /** Who raised it (token subject). */
  by: string;
}

/** A provider disputes one of its provisional figures, while the month's dispute window is open. */
@Injectable()
export class RaiseDisputeHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly months: MonthCloseRepository,
    private readonly performance: PerformanceRepository,
    private readonly clock: Clock,
  ) {}

  execute(cmd: RaiseDispute) {
    const { period, kpiId, providerId, reason } = cmd;
    return this.uow.run(cmd.tenantId, async (tx) => {
      const state = await this.months.stateForChange(tx, period);
      if (state.status !== 'provisional') throw new PeriodNotDisputableError(period, state.status);
      if (this.clock.today() > state.disputeUntil!) throw new DisputeWindowClosedError(period, state.disputeUntil!);
      if (!(await this.performance.value(tx, kpiId, providerId, period))) throw new NoKpiValueError(kpiId, providerId, period);
      const id = randomUUID();
      await this.months.addDispute(tx, { id, period, kpiId, providerId, reason, raisedBy: cmd.by });
      return { id, period, kpiId, providerId, reason };
    });
  }
}
