import { Client, Pool } from 'pg';
import { Kafka, Producer } from 'kafkajs';
import { Metrics } from '@carers/platform/observability';

export interface OutboxRelayOptions {
  service: string;
  pool: Pool;
  lockUrl: string;
  kafka: Kafka;
  metrics?: Metrics;
  log?: (level: 'info' | 'warn' | 'error', msg: string, extra?: object) => void;
  topicPrefix?: string;
  batchSize?: number;
  pollIntervalMs?: number;
  pruneAfterMs?: number;
}

interface OutboxRow {
  id: string;
  topic: string;
  message_key: string;
  payload: string;
  headers: Record<string, string>;
  created_at: Date;
}

/**
 * Publishes committed outbox rows in order. One relay per service is active at a time: it holds a
 * session advisory lock; others wait on standby and take over if it dies. Woken by NOTIFY, with a timed
 * poll as fallback. While the broker is down it backs off and keeps every row; it resumes by itself.
 * Batches go to Kafka one after another; the next batch is read, and the last one marked published,
 * while a batch is on the wire.
 */
export class OutboxRelay {
  private producer?: Producer;
  private lockClient?: Client;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** A commit was announced since the last read of the outbox. */
  private notified = false;
  private next?: Promise<OutboxRow[]>;
  private marking: Promise<void> = Promise.resolve();
  /** Rows read for sending whose published mark has not committed yet; reads skip them. */
  private readonly unmarked = new Set<string>();
  private lastPruneAt = 0;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly pruneAfterMs: number;
  /** When the relay last published, or found nothing to do; readiness looks at it. */
  lastProgressAt = Date.now();
  isLeader = false;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.pruneAfterMs = options.pruneAfterMs ?? 7 * 24 * 3600_000;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.releaseLock();
    await this.producer?.disconnect().catch(() => undefined);
    this.producer = undefined;
  }

  /** Unpublished rows and the age of the oldest, in seconds. */
  async backlog(): Promise<{ count: number; oldestAgeSeconds: number }> {
    const [row] = (await this.options.pool.query(
      `SELECT count(*)::int AS count, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float AS age FROM outbox WHERE published_at IS NULL`,
    )).rows;
    this.options.metrics?.outboxBacklog.set(row.count);
    this.options.metrics?.outboxOldestAge.set(row.age);
    return { count: row.count, oldestAgeSeconds: row.age };
  }

  private async run(): Promise<void> {
    let backoff = 200;
    while (this.running) {
      try {
        if (!(await this.holdLock())) {
          await this.sleep(2000);
          continue;
        }
        const published = await this.publishBatch();
        backoff = 200;
        if (published === 0) {
          this.lastProgressAt = Date.now();
          await this.prune();
          if (!this.notified) await this.sleep(this.pollIntervalMs);
        }
      } catch (error) {
        await this.settle();
        // a fresh producer (new id and sequence numbers) after any failure: rows resent are deduplicated by the inbox
        await this.producer?.disconnect().catch(() => undefined);
        this.producer = undefined;
        this.log('warn', `outbox relay paused: ${(error as Error).message}; retrying in ${backoff} ms`);
        await this.sleep(backoff);
        backoff = Math.min(backoff * 2, 10_000);
      }
    }
    await this.settle();
  }

  private async publishBatch(): Promise<number> {
    const rows = await (this.next ?? this.unpublished());
    this.next = undefined;
    if (!rows.length) {
      await this.marking;
      return 0;
    }
    for (const row of rows) this.unmarked.add(row.id);
    this.next = this.unpublished();
    this.next.catch(() => undefined); // a failed read is seen when the next batch awaits it
    const producer = await this.connectedProducer();
    const prefix = this.options.topicPrefix ?? '';
    const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
    for (const row of rows) {
      const topic = prefix + row.topic;
      if (!byTopic.has(topic)) byTopic.set(topic, []);
      byTopic.get(topic)!.push({ key: row.message_key, value: row.payload, headers: row.headers });
    }
    await producer.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })) });
    await this.marking;
    this.marking = this.markPublished(rows.map((r) => r.id));
    this.marking.catch(() => undefined); // a failed mark is seen when the next batch awaits it; its rows are sent again
    const now = Date.now();
    for (const row of rows) {
      this.options.metrics?.relayPublishLatency.observe((now - row.created_at.getTime()) / 1000);
    }
    for (const [topic, messages] of byTopic) this.options.metrics?.eventsPublished.inc({ topic }, messages.length);
    this.lastProgressAt = now;
    return rows.length;
  }

  /**
   * The oldest unpublished rows not already being sent. Read on the relay's own session, where the planner
   * walks the unpublished index in order: with statistics not yet refreshed after a burst, it would
   * otherwise fetch and sort the whole backlog for every batch.
   */
  private async unpublished(): Promise<OutboxRow[]> {
    this.notified = false;
    const { rows } = await this.lockClient!.query<OutboxRow>(
      `SELECT id, topic, message_key, payload::text AS payload, headers, created_at
         FROM outbox WHERE published_at IS NULL AND id <> ALL($2::bigint[]) ORDER BY id LIMIT $1`,
      [this.batchSize, [...this.unmarked]],
    );
    return rows;
  }

  private async markPublished(ids: string[]): Promise<void> {
    await this.options.pool.query(`UPDATE outbox SET published_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
    for (const id of ids) this.unmarked.delete(id);
  }

  /** Lets reads and marks in flight finish, so after a failure the table alone says what is left to send. */
  private async settle(): Promise<void> {
    await this.next?.catch(() => undefined);
    await this.marking.catch(() => undefined);
    this.next = undefined;
    this.marking = Promise.resolve();
    this.unmarked.clear();
  }

  private async connectedProducer(): Promise<Producer> {
    if (!this.producer) {
      const producer = this.options.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
      await producer.connect();
      this.producer = producer;
    }
    return this.producer;
  }

  private async holdLock(): Promise<boolean> {
    if (this.lockClient && this.isLeader) return true;
    if (!this.lockClient) {
      const client = new Client({ connectionString: this.options.lockUrl, application_name: `${this.options.service}-outbox-relay` });
      client.on('error', () => this.dropLockClient(client));
      client.on('notification', () => {
        this.notified = true;
        this.wake?.();
      });
      await client.connect();
      await client.query('SET enable_bitmapscan = off; SET enable_seqscan = off');
      this.lockClient = client;
    }
    const { rows } = await this.lockClient.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [`outbox-relay:${this.options.service}`]);
    this.isLeader = rows[0].locked;
    if (this.isLeader) {
      await this.lockClient.query('LISTEN outbox');
      this.log('info', 'outbox relay active (holds the relay lock)');
    }
    return this.isLeader;
  }

  private dropLockClient(client: Client) {
    if (this.lockClient === client) {
      this.lockClient = undefined;
      this.isLeader = false;
      client.end().catch(() => undefined);
    }
  }

  private async releaseLock() {
    const client = this.lockClient;
    this.lockClient = undefined;
    this.isLeader = false;
    await client?.end().catch(() => undefined); // ending the session releases the advisory lock
  }

  private async prune() {
    if (Date.now() - this.lastPruneAt < 60_000) return;
    this.lastPruneAt = Date.now();
    await this.options.pool.query(`DELETE FROM outbox WHERE published_at < now() - make_interval(secs => $1)`, [this.pruneAfterMs / 1000]);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() { clearTimeout(timer); resolve(); }
      this.wake = done;
    });
  }

  private log(level: 'info' | 'warn' | 'error', msg: string, extra?: object) {
    this.options.log?.(level, msg, extra);
  }
}
