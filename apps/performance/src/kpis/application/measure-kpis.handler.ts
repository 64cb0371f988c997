import { Injectable } from '@nestjs/common';
import { KpiBreached, KpiMeasured, KpiRecovered } from '@carers/contracts';
import { monthOf, shiftMonth } from '@carers/calendar';
import { Outbox } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { Announcement, Job, measureJobs, Writes } from '../domain/measurement';
import { PerformanceRepository } from './performance.repository';

const CONTRACTS = { measured: KpiMeasured, breached: KpiBreached, recovered: KpiRecovered } as const;

/** What a round of measuring changed, ready to note: its announcements stamped with the time each was measured. */
export const newWrites = () => new Writes(() => new Date().toISOString());

/** Saves the values a round changed and records their announcements on the KPI-status topic, each in one statement. */
export async function saveMeasured(tx: Tx, performance: PerformanceRepository, outbox: Outbox, writes: Writes): Promise<void> {
  await performance.saveValues(tx, [...writes.values.values()]);
  await outbox.addAll(
    tx,
    writes.events.map((e: Announcement) => ({
      contract: CONTRACTS[e.kind],
      aggregateId: e.key,
      aggregateVersion: 1,
      data: e.data,
      key: e.key,
    })),
  );
}

/**
 * Recomputes the KPIs of some jobs (a provider or the consortium, for some months), announcing each value or status
 * that changed, and each move into or out of breach. It reads the tallies and stored values every job needs at once,
 * measures, then saves and announces in one go. The caller holds the council's measurement lock.
 */
@Injectable()
export class MeasureKpisHandler {
  constructor(
    private readonly performance: PerformanceRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async execute(tx: Tx, jobs: Job[]): Promise<void> {
    if (!jobs.length) return;
    const months = jobs.flatMap((j) => j.months).sort();
    const definitions = (await this.performance.definitions(tx)).filter((d) => d.source === 'events');
    const tallies = await this.performance.tallies(
      tx,
      [...new Set(jobs.flatMap((j) => j.providers))],
      months[0],
      months[months.length - 1],
    );
    const stored = await this.performance.valuesBetween(
      tx,
      jobs.map((j) => j.id),
      shiftMonth(months[0], -11),
      monthOf(this.clock.today()),
    );
    const writes = newWrites();
    measureJobs(writes, jobs, definitions, tallies, stored);
    await saveMeasured(tx, this.performance, this.outbox, writes);
  }
}
