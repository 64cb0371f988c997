import { Injectable } from '@nestjs/common';
import { monthOf, monthsEndingWith } from '@carers/calendar';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { jobsFor } from '../domain/measurement';
import { tallyFacts } from '../domain/tally';
import { MeasureKpisHandler } from './measure-kpis.handler';
import { PerformanceRepository } from './performance.repository';

/**
 * Every KPI, for every provider and the consortium, for the last `months` months (this one included), with the tallies
 * rebuilt from the facts: after a catalogue change, or to rebuild history. Answers the months, how many providers and
 * consortia were measured, and how long it took.
 */
@Injectable()
export class RecomputeKpisHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly performance: PerformanceRepository,
    private readonly measureKpis: MeasureKpisHandler,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { tenantId: string; months: number }): Promise<{ months: string[]; targets: number; ms: number }> {
    const started = Date.now();
    const months = monthsEndingWith(monthOf(this.clock.today()), cmd.months);
    const targets = await this.uow.run(cmd.tenantId, async (tx) => {
      const membership = await this.performance.membership(tx);
      if (!membership) return 0;
      await this.performance.lockMeasurement(tx);
      await this.performance.replaceTallies(tx, tallyFacts);
      const jobs = jobsFor(membership, new Map(membership.providerIds.map((p) => [p, { months: new Set(months) }])));
      await this.measureKpis.execute(tx, jobs);
      return jobs.length;
    });
    return { months, targets, ms: Date.now() - started };
  }
}
