import { Injectable } from '@nestjs/common';
import { monthOf, shiftMonth } from '@carers/calendar';
import { Outbox } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { measure } from '../domain/measurement';
import { newWrites, saveMeasured } from './measure-kpis.handler';
import { PerformanceRepository } from './performance.repository';

export interface ReturnedFigure {
  providerId: string;
  period: string;
  measure: string;
  value: number;
  responses: number;
}

/** A provider's monthly return is the value of the KPIs that measure it, for that provider and month; measured in the return's transaction. */
@Injectable()
export class MeasureReturnHandler {
  constructor(
    private readonly performance: PerformanceRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async execute(tx: Tx, r: ReturnedFigure): Promise<void> {
    await this.performance.lockMeasurement(tx);
    const writes = newWrites();
    for (const d of (await this.performance.definitions(tx)).filter((k) => k.source === 'provider-return' && k.measure === r.measure)) {
      const stored = await this.performance.valuesBetween(
        tx,
        [r.providerId],
        shiftMonth(r.period, -11),
        [r.period, monthOf(this.clock.today())].sort()[1],
      );
      measure(
        writes,
        d,
        r.providerId,
        'member',
        r.period,
        { value: r.value, denominator: d.formula === 'mean-score' ? r.responses : undefined },
        stored.get(r.providerId) ?? new Map(),
      );
    }
    await saveMeasured(tx, this.performance, this.outbox, writes);
  }
}
