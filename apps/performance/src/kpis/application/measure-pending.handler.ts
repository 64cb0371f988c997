import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { monthsMoved } from '../domain/kpi-calculation';
import { jobsFor } from '../domain/measurement';
import { factKindOfSeries } from '../domain/tally';
import { MeasureKpisHandler } from './measure-kpis.handler';
import { PerformanceRepository } from './performance.repository';

/** Folds every change recorded since the last round into the tallies and measures, once, the months they moved. Answers how many providers changed. */
@Injectable()
export class MeasurePendingHandler {
  constructor(
    private readonly performance: PerformanceRepository,
    private readonly measureKpis: MeasureKpisHandler,
    private readonly clock: Clock,
  ) {}

  async execute(tx: Tx): Promise<number> {
    await this.performance.lockMeasurement(tx);
    const folded = await this.performance.foldTallyChanges(tx);
    const today = this.clock.today();
    const changed = new Map(
      [...folded].map(([providerId, changes]) => [
        providerId,
        {
          months: new Set(monthsMoved(changes, today)),
          kinds: new Set(changes.map((c) => factKindOfSeries(c.series))),
        },
      ]),
    );
    await this.measureKpis.execute(tx, jobsFor(await this.performance.membership(tx), changed));
    return folded.size;
  }
}
