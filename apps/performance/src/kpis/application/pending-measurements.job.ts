import { Injectable, Logger } from '@nestjs/common';
import { Readiness } from '@carers/platform/observability';
import { UnitOfWork } from '@carers/platform/persistence';
import { councils, IntervalJob, serviceEnvironment } from '@carers/platform/service';
import { MeasurePendingHandler } from './measure-pending.handler';
import { TallyChangeNotifications } from './tally-change-notifications.port';

/**
 * The measurement worker. Ingestion commits facts and the tally changes they make, and notifies; the worker then
 * folds in every change recorded since its last round and measures what they moved in one go, so a busy stream costs
 * one recompute per round, not one per batch. Every replica listens; the council's measurement lock lets one measure
 * at a time. A timed sweep catches changes recorded while no worker listened.
 */
@Injectable()
export class PendingMeasurementsJob extends IntervalJob {
  protected readonly every = { env: 'KPI_PENDING_SWEEP_SECONDS', seconds: 5 };
  private readonly logger = new Logger(PendingMeasurementsJob.name);
  private readonly councilIds = councils(serviceEnvironment());
  private readonly due = new Set<string>();
  private draining?: Promise<void>;
  private release?: () => void;
  private stopped = false;
  /** Since when rounds have been failing (none since the last good one), for readiness. */
  private failingSince?: number;

  constructor(
    private readonly notifications: TallyChangeNotifications,
    private readonly uow: UnitOfWork,
    private readonly measurePending: MeasurePendingHandler,
    private readonly readiness: Readiness,
  ) {
    super();
  }

  override async onApplicationBootstrap() {
    this.readiness.register({
      name: 'kpi-measurement',
      check: async () => {
        if (this.failingSince && Date.now() - this.failingSince > 60_000)
          throw new Error(`KPI measurement rounds have failed since ${new Date(this.failingSince).toISOString()}`);
      },
    });
    this.release = await this.notifications.listen((tenantId) => this.wake(tenantId), {
      onConnectionLost: (error) =>
        this.logger.warn(
          `lost the connection listening for KPI changes (${error?.message ?? 'closed'}); listening again, and the sweep measures meanwhile`,
        ),
      onReconnect: () => void this.tick(),
    });
    super.onApplicationBootstrap();
    await this.tick();
  }

  override async onApplicationShutdown() {
    super.onApplicationShutdown();
    this.stopped = true;
    this.release?.();
    await this.draining;
  }

  /** The sweep: every council, in case changes were recorded while no worker listened. */
  protected async tick() {
    this.councilIds.forEach((c) => this.wake(c));
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
        await this.uow.run(tenantId, (tx) => this.measurePending.execute(tx));
        this.failingSince = undefined;
      } catch (error) {
        this.failingSince ??= Date.now();
        // the changes stay recorded: the next notification or sweep measures them
        this.logger.warn(`measuring KPI changes for ${tenantId} failed: ${(error as Error).message}; the next sweep retries`);
      }
    }
  }
}
