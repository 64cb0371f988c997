import { MigrationInterface, QueryRunner } from 'typeorm';
import { DataSource } from 'typeorm';
import { CloudEvent, DomainError, ProbeRecorded, Topics } from '@carers/contracts';
import { EventRoutes, InboxKafkaServer, InboxProcessor, Kafka, Outbox, OutboxRelay, TopicHandlers } from '@carers/platform/messaging';
import { createDataSource, enableTenantRls, Tx, UnitOfWork } from '@carers/platform/persistence';
import { ServiceDefinition } from '@carers/platform/service';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

class CreateProbeProjection1764000000900 implements MigrationInterface {
  name = 'CreateProbeProjection1764000000900';
  async up(q: QueryRunner) {
    await q.query(`CREATE TABLE probe_projection (
      probe_id text PRIMARY KEY, tenant_id text NOT NULL, applied int NOT NULL, last_seq int NOT NULL, order_violations int NOT NULL)`);
    await enableTenantRls(q, 'probe_projection');
  }
  async down(q: QueryRunner) {
    await q.query(`DROP TABLE probe_projection`);
  }
}

/** A stand-in service for the delivery proofs and the benchmark: it folds probe events into a projection. */
export const PROBE: ServiceDefinition = { name: 'probe', defaultPort: 0, migrations: [CreateProbeProjection1764000000900] };
export const PROBE_TENANT = 'E06000054';

export class ProbeRuleBroken extends DomainError {
  constructor(seq: number) {
    super('illegal-state', `probe event ${seq} breaks a domain rule`);
  }
}

/** Counts each probe's events and whether they arrived in order; throws when the event asks it to. */
export async function foldProbe(tx: Tx, data: ProbeRecorded, options: { failTransient?: boolean } = {}): Promise<void> {
  if (data.fail === 'domain') throw new ProbeRuleBroken(data.seq);
  if (data.fail === 'transient' && options.failTransient !== false) throw new Error(`probe ${data.probeId} asked to fail`);
  await tx.query(
    `INSERT INTO probe_projection (probe_id, tenant_id, applied, last_seq, order_violations)
     VALUES ($1, $2, 1, $3, CASE WHEN $3 = 1 THEN 0 ELSE 1 END)
     ON CONFLICT (probe_id) DO UPDATE SET applied = probe_projection.applied + 1,
       order_violations = probe_projection.order_violations + CASE WHEN EXCLUDED.last_seq = probe_projection.last_seq + 1 THEN 0 ELSE 1 END,
       last_seq = EXCLUDED.last_seq`,
    [data.probeId, tx.tenantId, data.seq],
  );
}

/** The same fold for a run of events in two statements: read the probes' state, write every change at once. */
export async function foldProbes(tx: Tx, events: ProbeRecorded[], options: { failTransient?: boolean } = {}): Promise<void> {
  if (events.length === 1) return foldProbe(tx, events[0], options);
  for (const data of events) {
    if (data.fail === 'domain') throw new ProbeRuleBroken(data.seq);
    if (data.fail === 'transient' && options.failTransient !== false) throw new Error(`probe ${data.probeId} asked to fail`);
  }
  const ids = [...new Set(events.map((e) => e.probeId))];
  const current: { probe_id: string; last_seq: number }[] = await tx.query(
    'SELECT probe_id, last_seq FROM probe_projection WHERE probe_id = ANY($1)',
    [ids],
  );
  const state = new Map(ids.map((id) => [id, { applied: 0, lastSeq: undefined as number | undefined, violations: 0 }]));
  const known = new Map(current.map((r) => [r.probe_id, r.last_seq]));
  for (const e of events) {
    const s = state.get(e.probeId)!;
    const previous = s.lastSeq ?? known.get(e.probeId) ?? 0;
    if (e.seq !== previous + 1) s.violations++;
    s.applied++;
    s.lastSeq = e.seq;
  }
  await tx.query(
    `INSERT INTO probe_projection (probe_id, tenant_id, applied, last_seq, order_violations)
     SELECT id, $2, applied, last_seq, violations FROM unnest($1::text[], $3::int[], $4::int[], $5::int[]) AS u(id, applied, last_seq, violations)
     ON CONFLICT (probe_id) DO UPDATE SET applied = probe_projection.applied + EXCLUDED.applied,
       order_violations = probe_projection.order_violations + EXCLUDED.order_violations, last_seq = EXCLUDED.last_seq`,
    [
      ids,
      tx.tenantId,
      ids.map((id) => state.get(id)!.applied),
      ids.map((id) => state.get(id)!.lastSeq),
      ids.map((id) => state.get(id)!.violations),
    ],
  );
}

export interface ProbeNode {
  dataSource: DataSource;
  outbox: Outbox;
  uow: UnitOfWork;
  relay: OutboxRelay;
  processor: InboxProcessor;
  consumer?: InboxKafkaServer;
  /** Switch off the failure of `fail: 'transient'` events, as if the cause had been fixed. */
  fixTransientFailures(): void;
  stop(): Promise<void>;
}

export interface ProbeNodeOptions {
  appUrl: string;
  kafka: Kafka;
  prefix: string;
  groupId: string;
  consume?: boolean;
  relay?: boolean;
  maxAttempts?: number;
  sessionTimeout?: number;
  consumerRetries?: number;
  batchSize?: number;
  /** More topics to consume with a handler that acts on nothing (invalid messages there are still parked). */
  alsoConsume?: string[];
  /** Called after each batch's transaction commits, with the events it applied. */
  onCommitted?: (events: CloudEvent<unknown>[]) => void;
  log?: (level: 'debug' | 'info' | 'warn' | 'error', msg: string) => void;
}

/** Outbox relay and inbox consumer of the probe stream, wired like a service but without HTTP. */
export async function startProbeNode(options: ProbeNodeOptions): Promise<ProbeNode> {
  const dataSource = await createDataSource({ url: options.appUrl, poolSize: 4, applicationName: 'probe' }).initialize();
  const outbox = new Outbox({ source: 'probe' });
  const handlers = new TopicHandlers();
  const processor = new InboxProcessor({
    consumer: 'probe',
    dataSource,
    handlers,
    outbox,
    maxAttempts: options.maxAttempts ?? 3,
    retryBackoffMs: 20,
    log: options.log,
    onCommitted: options.onCommitted,
  });
  let failTransient = true;
  const relay = new OutboxRelay({
    service: 'probe',
    pool: (dataSource.driver as PostgresDriver).master,
    lockUrl: options.appUrl,
    kafka: options.kafka,
    topicPrefix: options.prefix,
    pollIntervalMs: 200,
    batchSize: options.batchSize,
    log: options.log,
  });
  if (options.relay !== false) relay.start();
  let consumer: InboxKafkaServer | undefined;
  if (options.consume !== false) {
    consumer = new InboxKafkaServer({
      kafka: options.kafka,
      groupId: options.groupId,
      topicPrefix: options.prefix,
      processor,
      handlers,
      sessionTimeout: options.sessionTimeout,
      retries: options.consumerRetries,
      log: options.log,
    });
    handlers.route(
      Topics.platformProbe,
      new EventRoutes().onRun(ProbeRecorded, (events, tx) =>
        foldProbes(
          tx,
          events.map((e) => e.data),
          { failTransient },
        ),
      ),
    );
    for (const topic of options.alsoConsume ?? []) handlers.set(topic, async () => undefined);
    await new Promise<void>((resolve, reject) => consumer!.listen((error?: unknown) => (error ? reject(error) : resolve())));
  }
  return {
    dataSource,
    outbox,
    uow: new UnitOfWork(dataSource),
    relay,
    processor,
    consumer,
    fixTransientFailures: () => {
      failTransient = false;
    },
    stop: async () => {
      await consumer?.close();
      await relay.stop();
      await dataSource.destroy();
    },
  };
}

/** Writes probe events in transactions of `perTransaction`, `keys` probes round robin, seq counting per probe. */
export async function writeProbes(
  uow: UnitOfWork,
  outbox: Outbox,
  total: number,
  keys: number,
  perTransaction = 100,
  startAt = 0,
  prefix = 'probe',
): Promise<void> {
  for (let i = startAt; i < startAt + total; i += perTransaction) {
    const items: { aggregateId: string; aggregateVersion: number; data: ProbeRecorded }[] = [];
    for (let j = i; j < Math.min(i + perTransaction, startAt + total); j++) {
      const probeId = `${prefix}-${j % keys}`;
      items.push({ aggregateId: probeId, aggregateVersion: Math.floor(j / keys) + 1, data: { probeId, seq: Math.floor(j / keys) + 1 } });
    }
    await uow.run(PROBE_TENANT, (tx) => outbox.addMany(tx, ProbeRecorded, items));
  }
}

export async function projection(
  dataSource: DataSource,
): Promise<{ probes: number; applied: number; violations: number; maxSeq: Record<string, number> }> {
  const rows: { probe_id: string; applied: number; last_seq: number; order_violations: number }[] = await new UnitOfWork(dataSource).run(
    PROBE_TENANT,
    (tx) => tx.query('SELECT probe_id, applied, last_seq, order_violations FROM probe_projection'),
  );
  return {
    probes: rows.length,
    applied: rows.reduce((n, r) => n + r.applied, 0),
    violations: rows.reduce((n, r) => n + r.order_violations, 0),
    maxSeq: Object.fromEntries(rows.map((r) => [r.probe_id, r.last_seq])),
  };
}
