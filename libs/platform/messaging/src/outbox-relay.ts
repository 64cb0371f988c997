import { Client, Pool } from 'pg';
import { Kafka, Message, Producer } from 'kafkajs';
import { TOPIC_MAX_MESSAGE_BYTES } from '@carers/contracts';
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
  /** How long a parked row is kept for an operator to look at (default 30 days). */
  pruneParkedAfterMs?: number;
  /** The topics' max.message.bytes: a row larger than this is parked, never sent; each request stays within it. */
  maxMessageBytes?: number;
}

interface OutboxRow {
  id: string;
  topic: string;
  message_key: string;
  payload: string;
  headers: Record<string, string>;
  created_at: Date;
}

/** Broker refusals that sending the same row again cannot fix. */
const UNFIXABLE = new Set([
  'MESSAGE_TOO_LARGE',
  'RECORD_LIST_TOO_LARGE',
  'INVALID_RECORD',
  'CORRUPT_MESSAGE',
  'INVALID_TIMESTAMP',
  'INVALID_RECORD_LENGTH',
]);

function unfixable(error: unknown): string | undefined {
  for (let e: any = error, depth = 0; e && depth < 5; e = e.cause ?? e.originalError, depth++) {
    if (typeof e.type === 'string' && UNFIXABLE.has(e.type)) return e.type;
  }
  return undefined;
}

type SizedRow = { row: OutboxRow; size: number };

/** Bytes a row takes in a produce request: key, value, headers and the record's own framing. */
function recordBytes(row: OutboxRow): number {
  let bytes = 70 + Buffer.byteLength(row.message_key) + Buffer.byteLength(row.payload);
  for (const [k, v] of Object.entries(row.headers)) bytes += Buffer.byteLength(k) + Buffer.byteLength(String(v)) + 10;
  return bytes;
}

/**
 * Publishes committed outbox rows in order. One relay per service is active at a time: it holds a
 * session advisory lock; others wait on standby and take over if it dies. Woken by NOTIFY, with a timed
 * poll as fallback. While the broker is down it backs off and keeps every row; it resumes by itself.
 * Batches go to Kafka one after another; the next batch is read, and the last one marked published,
 * while a batch is on the wire. A batch goes in requests that each fit the topics' message limit; a row the
 * broker can never accept is parked with the reason and an alert, and the rows behind it flow.
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
  private readonly maxMessageBytes: number;
  private readonly pruneParkedAfterMs: number;
  /** When the relay last published, or found nothing to do; readiness looks at it. */
  lastProgressAt = Date.now();
  isLeader = false;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.pruneAfterMs = options.pruneAfterMs ?? 7 * 24 * 3600_000;
    this.maxMessageBytes = options.maxMessageBytes ?? TOPIC_MAX_MESSAGE_BYTES;
    this.pruneParkedAfterMs = options.pruneParkedAfterMs ?? 30 * 24 * 3600_000;
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
    const [row] = (
      await this.options.pool.query(
        `SELECT count(*)::int AS count, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float AS age FROM outbox WHERE published_at IS NULL AND parked_at IS NULL`,
      )
    ).rows;
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
    const sendable = await this.parkOversized(rows);
    const producer = await this.connectedProducer();
    const sent: OutboxRow[] = [];
    try {
      for (const request of this.requests(sendable)) {
        try {
          await this.send(producer, request);
          sent.push(...request);
        } catch (error) {
          if (!unfixable(error)) throw error;
          sent.push(...(await this.sendOneByOne(producer, request)));
        }
      }
    } catch (error) {
      // what the broker acknowledged is marked before the retry, so a retry never sends it again
      await this.marking.catch(() => undefined);
      if (sent.length) await this.markPublished(sent.map((r) => r.id)).catch(() => undefined);
      throw error;
    }
    await this.marking;
    this.marking = this.markPublished(sent.map((r) => r.id));
    this.marking.catch(() => undefined); // a failed mark is seen when the next batch awaits it; its rows are sent again
    const now = Date.now();
    for (const row of sent) {
      this.options.metrics?.relayPublishLatency.observe((now - row.created_at.getTime()) / 1000);
      this.options.metrics?.eventsPublished.inc({ topic: row.topic });
    }
    this.lastProgressAt = now;
    return rows.length;
  }

  /** Consecutive runs of rows whose request stays within the message limit (so does each partition's batch in it). */
  private *requests(rows: SizedRow[]): Generator<OutboxRow[]> {
    let request: OutboxRow[] = [];
    let bytes = 0;
    for (const { row, size } of rows) {
      if (request.length && bytes + size > this.maxMessageBytes) {
        yield request;
        request = [];
        bytes = 0;
      }
      request.push(row);
      bytes += size;
    }
    if (request.length) yield request;
  }

  private async send(producer: Producer, rows: OutboxRow[]): Promise<void> {
    const prefix = this.options.topicPrefix ?? '';
    const byTopic = new Map<string, Message[]>();
    for (const row of rows) {
      const topic = prefix + row.topic;
      if (!byTopic.has(topic)) byTopic.set(topic, []);
      byTopic.get(topic)!.push({ key: row.message_key, value: row.payload, headers: row.headers });
    }
    await producer.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })) });
  }

  /**
   * After the broker refused a request for a reason no retry fixes: each row alone, in order, parking the
   * ones it refuses. (A row of the refused request that the broker had written may reach the topic once more;
   * the inbox applies it once.)
   */
  private async sendOneByOne(producer: Producer, rows: OutboxRow[]): Promise<OutboxRow[]> {
    const sent: OutboxRow[] = [];
    for (const row of rows) {
      try {
        await this.send(producer, [row]);
        sent.push(row);
      } catch (error) {
        const reason = unfixable(error);
        if (!reason) throw error;
        await this.park([row], `the broker refused it: ${reason}`);
      }
    }
    return sent;
  }

  /** Rows larger than any topic accepts are parked before sending; the rest are returned in order, with their sizes. */
  private async parkOversized(rows: OutboxRow[]): Promise<SizedRow[]> {
    const sized = rows.map((row) => ({ row, size: recordBytes(row) }));
    const tooLarge = sized.filter((r) => r.size > this.maxMessageBytes);
    for (const { row, size } of tooLarge)
      await this.park([row], `too-large: ${size} bytes; the topic accepts at most ${this.maxMessageBytes}`);
    return tooLarge.length ? sized.filter((r) => r.size <= this.maxMessageBytes) : sized;
  }

  /** Takes rows out of the stream for good, with the reason; an operator sees them in the outbox_parked metric and the log. */
  private async park(rows: OutboxRow[], reason: string): Promise<void> {
    await this.options.pool.query(`UPDATE outbox SET parked_at = now(), park_reason = $2 WHERE id = ANY($1::bigint[])`, [
      rows.map((r) => r.id),
      reason,
    ]);
    for (const row of rows) {
      this.unmarked.delete(row.id);
      this.options.metrics?.outboxParked.inc({ topic: row.topic });
      this.log('error', `outbox row ${row.id} (${row.topic}, key ${row.message_key.slice(0, 80)}) parked and not published: ${reason}`);
    }
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
         FROM outbox WHERE published_at IS NULL AND parked_at IS NULL AND id <> ALL($2::bigint[]) ORDER BY id LIMIT $1`,
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
    const { rows } = await this.lockClient.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [
      `outbox-relay:${this.options.service}`,
    ]);
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
    await this.options.pool.query(
      `DELETE FROM outbox WHERE published_at < now() - make_interval(secs => $1) OR parked_at < now() - make_interval(secs => $2)`,
      [this.pruneAfterMs / 1000, this.pruneParkedAfterMs / 1000],
    );
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private log(level: 'info' | 'warn' | 'error', msg: string, extra?: object) {
    this.options.log?.(level, msg, extra);
  }
}
