import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Readiness } from '@carers/platform/observability';
import { UnitOfWork } from '@carers/platform/persistence';
import { councils, serviceEnvironment } from '@carers/platform/service';
import { Measurement } from './measurement';

export const PENDING_CHANNEL = 'kpi_tally_change';

/**
 * The measurement worker. Ingestion commits facts and the tally changes they make, and notifies; the worker then
 * folds in every change recorded since its last round and measures what they moved in one go, so a busy stream costs
 * one recompute per round, not one per batch. Every replica listens; the council's measurement lock lets one measure
 * at a time. A timed sweep catches changes recorded while no worker listened.
 */
@Injectable()
export class PendingMeasurements implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PendingMeasurements.name);
  private readonly due = new Set<string>();
  private draining?: Promise<void>;
  private sweep?: NodeJS.Timeout;
  private release?: () => void;
  private stopped = false;
  /** Since when rounds have been failing (none since the last good one), for readiness. */
  private failingSince?: number;
  /** Read while the service starts, when the environment it was given is in force. */
  private readonly env = serviceEnvironment();

  constructor(
    private readonly dataSource: DataSource, private readonly uow: UnitOfWork, private readonly measurement: Measurement, private readonly readiness: Readiness,
  ) {}

  async onApplicationBootstrap() {
    this.readiness.register({
      name: 'kpi-measurement',
      check: async () => {
        if (this.failingSince && Date.now() - this.failingSince > 60_000) throw new Error(`KPI measurement rounds have failed since ${new Date(this.failingSince).toISOString()}`);
      },
    });
    const pool = (this.dataSource.driver as unknown as { master: { connect(): Promise<any> } }).master;
    const client = await pool.connect();
    client.on('notification', (n: { channel: string; payload?: string }) => n.payload && this.wake(n.payload));
    await client.query(`LISTEN ${PENDING_CHANNEL}`);
    this.release = () => client.release(true);
    const sweep = () => councils(this.env).forEach((c) => this.wake(c));
    this.sweep = setInterval(sweep, Number(this.env['KPI_PENDING_SWEEP_SECONDS'] ?? 5) * 1000).unref();
    sweep();
  }

  async onApplicationShutdown() {
    this.stopped = true;
    clearInterval(this.sweep);
    this.release?.();
    await this.draining;
  }

  /** Measures the changes recorded for this council, now or straight after the round in hand. */
  wake(tenantId: string): void {
    if (this.stopped) return;
    this.due.add(tenantId);
    this.draining ??= this.drain().finally(() => {
      this.draining = undefined;
      if (this.due.size) this.wake([...this.due][0]);
    });
  }

  private async drain(): Promise<void> {
    while (this.due.size && !this.stopped) {
      const [tenantId] = this.due;
      this.due.delete(tenantId);
      try {
        await this.uow.run(tenantId, (tx) => this.measurement.measurePending(tx));
        this.failingSince = undefined;
      } catch (error) {
        this.failingSince ??= Date.now();
        // the changes stay recorded: the next notification or sweep measures them
        this.logger.warn(`measuring KPI changes for ${tenantId} failed: ${(error as Error).message}; the next sweep retries`);
      }
    }
  }
}
