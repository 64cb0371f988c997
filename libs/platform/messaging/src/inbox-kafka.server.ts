import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { Admin, Consumer, Kafka } from 'kafkajs';
import { providerTopicParts, TOPIC_MAX_MESSAGE_BYTES, topicDefinition, Topics } from '@carers/contracts';
import { InboxProcessor, RawMessage, TopicHandlers } from './inbox-processor';
import { TrustedProviders } from './trusted-providers';

export interface InboxKafkaServerOptions {
  kafka: Kafka;
  groupId: string;
  topicPrefix?: string;
  processor: InboxProcessor;
  /** The listeners' routes per topic (filled from `@Listens` methods when the service starts); the processor applies them. */
  handlers: TopicHandlers;
  log?: (level: 'info' | 'warn' | 'error', msg: string, extra?: object) => void;
  sessionTimeout?: number;
  /** Partition batches applied at once, each in its own transaction; order within a partition always holds. */
  partitionsConsumedConcurrently?: number;
  /** How many times kafkajs retries a failing request before the consumer gives up (then a new one takes over). */
  retries?: number;
  /** Receives the lag per partition each time it is measured (for the consumer-lag gauge). */
  onLag?: (topic: string, partition: number, lag: number) => void;
  /** Told each time progress is checked whether the consumer is stalled, and when it is restarted. */
  onProgress?: (report: { stalled: boolean; restarted: boolean }) => void;
  /** Work waiting and no batch applied for this long: the consumer is stalled, reported and restarted (default 120 s). */
  stallAfterMs?: number;
  /** How often lag and progress are checked (default 15 s). */
  checkEveryMs?: number;
}

export type ConsumerState = 'idle' | 'starting' | 'running' | 'crashed' | 'stopped';

/**
 * The Kafka consumer of one service, started and stopped with it as a Nest transport, that sends every
 * topic with routes in `handlers` through the idempotent inbox, a batch at a time. Nest's message-handler
 * layer is not used, so a handler's error reaches the inbox as thrown (ADR 0015). Unlike Nest's own Kafka transport it never retries a failing
 * message forever (the inbox parks it) and never drops a message that has no handler (it parks it).
 */
export class InboxKafkaServer extends Server implements CustomTransportStrategy {
  private consumer?: Consumer;
  private admin?: Promise<Admin>;
  private lagTimer?: NodeJS.Timeout;
  private recovery?: NodeJS.Timeout;
  private closing = false;
  state: ConsumerState = 'idle';
  lastBatchAt = Date.now();
  /** Since when work has been waiting, as last measured (undefined while the consumer is caught up). */
  private waitingSince?: number;
  /** The topics (and per-provider topic families) this service's handlers take. */
  subscribedTopics: string[] = [];
  /** The topics on the broker the consumer reads: a family's topics are every onboarded provider's own (ADR 0014). */
  consumedTopics: string[] = [];

  constructor(private readonly options: InboxKafkaServerOptions) {
    super();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      await this.start();
      callback();
    } catch (error) {
      callback(error);
    }
  }

  private async start() {
    this.subscribedTopics = this.options.handlers.topics();
    // every service keeps the provider registry: its inbound path checks councils against it, its API provider tokens
    if (!this.subscribedTopics.includes(Topics.performanceProvider)) {
      this.subscribedTopics.push(Topics.performanceProvider);
      this.options.handlers.set(Topics.performanceProvider, (delivery) => TrustedProviders.record(delivery.tx, delivery.events));
    }
    if (!this.subscribedTopics.length) return;
    await this.runConsumer();
    this.lagTimer = setInterval(() => void this.watch().catch(() => undefined), this.options.checkEveryMs ?? 15_000).unref();
  }

  /**
   * The watchdog: a consumer that has work waiting and applies nothing for `stallAfterMs` (a hung handler, a
   * lost assignment) is reported and replaced by a new one. The service's HTTP API is not touched.
   */
  private async watch(): Promise<void> {
    await this.followNewProviderTopics();
    if (this.closing) return; // a check that was in flight when the server closed does no more
    const { total, stalled } = await this.lag();
    if (stalled && !this.closing) {
      this.options.log?.(
        'error',
        `Kafka consumer stalled: ${total} messages waiting and no batch applied for ${Math.round((Date.now() - this.lastBatchAt) / 1000)} s; restarting it`,
      );
      this.lastBatchAt = Date.now();
      this.waitingSince = undefined;
      await this.consumer?.disconnect().catch(() => undefined);
      await this.runConsumer().catch((error) => {
        this.options.log?.('warn', `Kafka consumer could not be restarted yet: ${(error as Error).message}`);
        this.scheduleRecovery();
      });
    }
    this.options.onProgress?.({ stalled, restarted: stalled && !this.closing });
  }

  /**
   * A provider onboarded since the consumer started has topics of its own: the consumer is replaced by one that
   * reads them too (as Kafka's own clients do for a pattern subscription), with no restart of the service.
   */
  private async followNewProviderTopics(): Promise<void> {
    if (this.closing || !this.subscribedTopics.some((t) => topicDefinition(t)?.perProvider)) return;
    const topics = await this.topicsToConsume();
    const added = topics.filter((t) => !this.consumedTopics.includes(t));
    if (!added.length) return;
    this.options.log?.('info', `new provider topics to consume: ${added.join(', ')}; rejoining the group with them`);
    await this.consumer?.disconnect().catch(() => undefined);
    await this.runConsumer().catch((error) => {
      this.options.log?.('warn', `Kafka consumer could not rejoin yet: ${(error as Error).message}`);
      this.scheduleRecovery();
    });
  }

  /** The broker's topics this service's handlers take: named topics, and every provider's topic of a family. */
  private async topicsToConsume(): Promise<string[]> {
    const prefix = this.options.topicPrefix ?? '';
    const named = this.subscribedTopics.filter((t) => !topicDefinition(t)?.perProvider).map((t) => prefix + t);
    const families = new Set(this.subscribedTopics.filter((t) => topicDefinition(t)?.perProvider));
    if (!families.size) return named;
    const admin = await this.connectedAdmin();
    const existing = await admin.listTopics().catch((error) => {
      this.admin = undefined;
      throw error;
    });
    const own = existing
      .filter((t) => t.startsWith(prefix) && families.has(providerTopicParts(t.slice(prefix.length))?.family ?? ''))
      .sort();
    return [...named, ...own];
  }

  /**
   * kafkajs restarts a consumer after a retriable crash by itself, but gives up for good once its retries are
   * exhausted (a broker away for longer than the retry budget). Then a new consumer takes over after a pause,
   * for as long as the service runs: it recovers when the broker does, without a restart of the process.
   */
  private scheduleRecovery() {
    if (this.closing || this.recovery) return;
    this.recovery = setTimeout(async () => {
      this.recovery = undefined;
      if (this.closing) return;
      try {
        await this.consumer?.disconnect().catch(() => undefined);
        await this.runConsumer();
        this.options.log?.('info', 'Kafka consumer recreated after it gave up');
      } catch (error) {
        this.options.log?.('warn', `Kafka consumer could not be recreated yet: ${(error as Error).message}`);
        this.scheduleRecovery();
      }
    }, 5000);
  }

  private async runConsumer() {
    const prefix = this.options.topicPrefix ?? '';
    this.state = 'starting';
    const consumer = this.options.kafka.consumer({
      groupId: this.options.groupId,
      sessionTimeout: this.options.sessionTimeout ?? 10_000,
      heartbeatInterval: 1000,
      maxWaitTimeInMs: 100,
      allowAutoTopicCreation: false,
      // fetches bounded on purpose: a partition's share is one largest message the topics accept (ADR 0012)
      maxBytesPerPartition: TOPIC_MAX_MESSAGE_BYTES,
      maxBytes: 10 * TOPIC_MAX_MESSAGE_BYTES,
      retry: { retries: this.options.retries ?? 10, initialRetryTime: 300, maxRetryTime: 10_000 },
    });
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.state = 'running';
    });
    consumer.on(consumer.events.CRASH, (e) => {
      this.state = e.payload.restart ? 'starting' : 'crashed';
      this.options.log?.(
        'error',
        `Kafka consumer crashed: ${e.payload.error.message}${e.payload.restart ? '; kafkajs restarts it' : '; a new one takes over in 5 s'}`,
      );
      if (!e.payload.restart) this.scheduleRecovery();
    });
    consumer.on(consumer.events.STOP, () => {
      this.state = 'stopped';
    });
    this.consumer = consumer;
    const topics = await this.topicsToConsume();
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    this.consumedTopics = topics;
    await consumer.run({
      autoCommit: true,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently:
        this.options.partitionsConsumedConcurrently ?? Number(process.env['KAFKA_PARTITIONS_CONCURRENTLY'] ?? 3),
      eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }) => {
        if (!isRunning() || isStale() || !batch.messages.length) return;
        const messages: RawMessage[] = batch.messages.map((m) => ({
          offset: m.offset,
          key: m.key?.toString() ?? null,
          value: m.value?.toString() ?? null,
          headers: Object.fromEntries(
            Object.entries(m.headers ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v?.toString() ?? '')]),
          ),
        }));
        await this.options.processor.processBatch(
          { topic: batch.topic.slice(prefix.length), partition: batch.partition, messages },
          heartbeat,
        );
        resolveOffset(batch.lastOffset());
        this.lastBatchAt = Date.now();
        await commitOffsetsIfNecessary();
      },
    });
  }

  /** One admin connection for every lag measurement, made again after a failure. */
  private connectedAdmin(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.options.kafka.admin();
      this.admin = admin.connect().then(() => admin);
      this.admin.catch(() => {
        this.admin = undefined;
      });
    }
    return this.admin;
  }

  /**
   * Messages waiting behind the group's committed offsets, per topic and partition; stalled when work waits
   * and no batch has completed for `stallAfterMs`.
   */
  async lag(): Promise<{ total: number; stalled: boolean }> {
    if (!this.consumedTopics.length) return { total: 0, stalled: false };
    const prefix = this.options.topicPrefix ?? '';
    const admin = await this.connectedAdmin();
    try {
      let total = 0;
      const committed = await admin.fetchOffsets({ groupId: this.options.groupId, topics: this.consumedTopics });
      for (const { topic, partitions } of committed) {
        const ends = await admin.fetchTopicOffsets(topic);
        for (const end of ends) {
          const done = partitions.find((p) => p.partition === end.partition)?.offset ?? '-1';
          const lag = Math.max(0, Number(end.high) - (Number(done) < 0 ? Number(end.low) : Number(done)));
          this.options.onLag?.(topic.slice(prefix.length), end.partition, lag);
          total += lag;
        }
      }
      const now = Date.now();
      this.waitingSince = total > 0 ? (this.waitingSince ?? now) : undefined;
      const idleFor = total > 0 ? now - Math.max(this.waitingSince!, this.lastBatchAt) : 0;
      return { total, stalled: idleFor > (this.options.stallAfterMs ?? 120_000) };
    } catch (error) {
      this.admin = undefined;
      await admin.disconnect().catch(() => undefined);
      throw error;
    }
  }

  /** Calls the Nest handler; its result may be a promise or an observable. */
  /** Stops fetching, lets the batch in hand finish and commit, then leaves the group. */
  async close(): Promise<void> {
    this.closing = true;
    clearTimeout(this.recovery);
    clearInterval(this.lagTimer);
    await this.consumer?.disconnect();
    await this.admin?.then((a) => a.disconnect()).catch(() => undefined);
    this.state = 'stopped';
  }

  on(): void {
    throw new Error('InboxKafkaServer does not support event listeners; use consumer state instead');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }
}
