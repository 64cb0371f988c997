import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { PeriodStateError } from '../domain/month-close.errors';
import { covers } from '../domain/relief';
import { AnnounceClosedValuesHandler } from './announce-closed-values.handler';
import { MonthCloseRepository } from './month-close.repository';

export interface RecordRelief {
  tenantId: string;
  period: string;
  reason: string;
  /** Who recorded it (token subject). */
  by: string;
  /** One provider only; every provider when absent. */
  providerId?: string;
  /** One KPI only; every KPI when absent. */
  kpiId?: string;
}

/**
 * A council officer records relief for a month not yet confirmed (a council-caused referral surge, an outage...): its
 * breaches leave the pack. A provisional month's values it covers are announced again; an open month's carry it when frozen.
 */
@Injectable()
export class RecordReliefHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly months: MonthCloseRepository,
    private readonly announce: AnnounceClosedValuesHandler,
  ) {}

  execute(cmd: RecordRelief) {
    const { period, reason, providerId, kpiId } = cmd;
    return this.uow.run(cmd.tenantId, async (tx) => {
      const state = await this.months.stateForChange(tx, period);
      if (state.status === 'confirmed') throw new PeriodStateError(period, 'confirmed');
      const id = randomUUID();
      await this.months.addRelief(tx, { id, period, providerId, kpiId, reason, recordedBy: cmd.by });
      if (state.status === 'provisional') {
        const covered = (await this.months.closedValues(tx, period)).filter((v) => covers({ providerId, kpiId }, v));
        await this.announce.execute(tx, period, 'provisional', covered);
      }
      return { id, period, providerId, kpiId, reason };
    });
  }
}
