import { DataSource, QueryRunner } from 'typeorm';
import { CloudEvent, EVENT_LIMITS, GSS_CODE, isDomainError, ProviderEventRejected, RejectionReason } from '@carers/contracts';
import { Metrics, RequestContexts } from '@carers/platform/observability';
import { SET_TENANT_SQL, Tx } from '@carers/platform/persistence';
import { parseEvent } from './contract-validation';
import { storable } from './message-bounds';
import { DeliveredEvent, Delivery } from './delivery';
import { Outbox } from './outbox';

export interface RawMessage {
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

export interface RawBatch {
  topic: string;
  partition: number;
  messages: RawMessage[];
}

/** Applies one delivery; throwing means the effect failed. */
export type TopicHandler = (delivery: Delivery) => Promise<void>;

/** Which handler applies the events of each (unprefixed) topic. */
export class TopicHandlers {
  private readonly byTopic = new Map<string, TopicHandler>();
  set(topic: string, handler: TopicHandler): this {
    this.byTopic.set(topic, handler);
    return this;
  }
  get(topic: string): TopicHandler | undefined {
    return this.byTopic.get(topic);
  }
  topics(): string[] {
    return [...this.byTopic.keys()];
  }
}

export interface InboxProcessorOptions {
  consumer: string;
  dataSource: DataSource;
  handlers: TopicHandlers;
  outbox: Outbox;
  metrics?: Metrics;
  maxAttempts?: number;
  retryBackoffMs?: number;
  log?: (level: 'debug' | 'info' | 'warn' | 'error', msg: string, extra?: object) => void;
  /** Called after a batch's transaction commits, with the events whose effects it applied. */
  onCommitted?: (events: CloudEvent<any>[]) => void;
}

type Parsed =
  | { message: RawMessage; event: CloudEvent<any>; rejection?: undefined }
  | { message: RawMessage; event?: undefined; rejection: { reason: RejectionReason; detail: string } };

class HandlerFailed extends Error {
  constructor(readonly failure: unknown) {
    super('handler failed');
  }
}

function groupByTenant<T extends { event: CloudEvent<any> }>(items: T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.event.tenantid);
    if (group) group.push(item);
    else groups.set(item.event.tenantid, [item]);
  }
  return [...groups.values()];
}

/**
 * The idempotent consumer every listener goes through. Per batch of one partition, in one transaction:
 * record each new event id in the inbox and apply its effect; skip ids already seen; park what can never
 * succeed (or failed too often) in dead_letter with the reason, so the partition moves on.
 */
export class InboxProcessor {
  private readonly maxAttempts: number;
  private readonly retryBackoffMs: number;

  constructor(private readonly options: InboxProcessorOptions) {
    this.maxAttempts = options.maxAttempts ?? 3;
    this.retryBackoffMs = options.retryBackoffMs ?? 100;
  }

  async processBatch(batch: RawBatch, heartbeat: () => Promise<void> = async () => undefined): Promise<void> {
    const parsed = batch.messages.map((message) => this.parse(batch.topic, message));
    const handler = this.options.handlers.get(batch.topic);
    let applied: CloudEvent<any>[];
    try {
      applied = await this.inTransaction((qr) => this.applyAll(qr, batch, parsed, handler, false, heartbeat));
    } catch (error) {
      if (!(error instanceof HandlerFailed)) throw error;
      // A handler failed: redo the batch one message at a time, so only the failing message is retried or parked.
      applied = await this.inTransaction((qr) => this.applyAll(qr, batch, parsed, handler, true, heartbeat));
    }
    if (applied.length) this.options.onCommitted?.(applied);
  }

  /** Runs a parked message through the same path again. True when it was applied (or had been already). */
  async replay(deadLetter: { topic: string; partition: number; offset: string; message_key: string | null; value: string | null; headers: Record<string, string> }): Promise<{ applied: boolean; error?: string }> {
    const message: RawMessage = { offset: deadLetter.offset, key: deadLetter.message_key, value: deadLetter.value, headers: deadLetter.headers };
    const parsed = this.parse(deadLetter.topic, message);
    if (parsed.rejection) return { applied: false, error: `${parsed.rejection.reason}: ${parsed.rejection.detail}` };
    const handler = this.options.handlers.get(deadLetter.topic);
    try {
      await this.inTransaction(async (qr) => {
        const fresh = await this.recordInInbox(qr, deadLetter.topic, [parsed.event.id]);
        if (fresh.size && handler) await this.applyDelivery(qr, deadLetter.topic, [{ event: parsed.event, traceparent: message.headers['traceparent'] }], handler);
      });
      return { applied: true };
    } catch (error) {
      return { applied: false, error: errorText(error) };
    }
  }

  private parse(topic: string, message: RawMessage): Parsed {
    const result = parseEvent(message.value, topic);
    return 'reason' in result ? { message, rejection: result } : { message, event: result.event };
  }

  private async applyAll(qr: QueryRunner, batch: RawBatch, parsed: Parsed[], handler: TopicHandler | undefined, isolate: boolean, heartbeat: () => Promise<void>): Promise<CloudEvent<any>[]> {
    const valid = parsed.filter((p): p is Extract<Parsed, { event: CloudEvent<any> }> => !!p.event);
    const fresh = await this.recordInInbox(qr, batch.topic, valid.map((p) => p.event.id));
    const duplicates = valid.length - fresh.size;
    if (duplicates) this.options.metrics?.inboxDuplicates.inc({ topic: batch.topic }, duplicates);

    const toApply: Extract<Parsed, { event: CloudEvent<any> }>[] = [];
    for (const item of parsed) {
      if (item.rejection) await this.park(qr, batch, item.message, item.rejection.reason, item.rejection.detail, 1);
      else if (fresh.delete(item.event.id) && handler) toApply.push(item); // else seen before, or earlier in this batch
    }
    if (!handler || !toApply.length) return [];
    if (!isolate) {
      // one delivery per council, in partition order (an aggregate belongs to one council, so its order holds)
      for (const group of groupByTenant(toApply)) {
        try {
          await this.applyDelivery(qr, batch.topic, group.map((i) => ({ event: i.event, traceparent: i.message.headers['traceparent'] })), handler);
        } catch (error) {
          throw new HandlerFailed(error);
        }
      }
      return toApply.map((i) => i.event);
    }
    const applied: CloudEvent<any>[] = [];
    for (const item of toApply) {
      if (await this.applyIsolated(qr, batch, item.message, item.event, handler, heartbeat)) applied.push(item.event);
    }
    return applied;
  }

  /** True when applied; false when parked. */
  private async applyIsolated(qr: QueryRunner, batch: RawBatch, message: RawMessage, event: CloudEvent<any>, handler: TopicHandler, heartbeat: () => Promise<void>): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      await qr.query('SAVEPOINT apply_event');
      try {
        await this.applyDelivery(qr, batch.topic, [{ event, traceparent: message.headers['traceparent'] }], handler);
        await qr.query('RELEASE SAVEPOINT apply_event');
        return true;
      } catch (error) {
        await qr.query('ROLLBACK TO SAVEPOINT apply_event');
        const permanent = isDomainError(error);
        if (permanent || attempt >= this.maxAttempts) {
          await qr.query('DELETE FROM inbox WHERE consumer = $1 AND event_id = $2', [this.options.consumer, event.id]);
          await this.park(qr, batch, message, permanent ? 'domain-rule' : 'retries-exhausted', errorText(error), attempt, event);
          return false;
        }
        this.log('warn', `event ${event.id} (${event.type}) failed on attempt ${attempt}, retrying: ${errorText(error)}`);
        await heartbeat();
        await new Promise((r) => setTimeout(r, this.retryBackoffMs * 2 ** (attempt - 1)));
      }
    }
  }

  private async applyDelivery(qr: QueryRunner, topic: string, items: DeliveredEvent[], handler: TopicHandler) {
    const started = process.hrtime.bigint();
    const tenantId = items[0].event.tenantid;
    await qr.query(SET_TENANT_SQL, [tenantId]);
    const delivery = new Delivery(items, new Tx(qr.manager, tenantId));
    try {
      await handler(delivery);
    } catch (error) {
      throw delivery.failure ?? error;
    }
    const first = items[0];
    RequestContexts.run(RequestContexts.from({ correlationId: first.event.correlationid, causationId: first.event.id, traceparent: first.traceparent }), () =>
      this.log('debug', `applied ${items.length} ${first.event.type} event(s) from ${topic}`, { eventId: first.event.id }));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    this.options.metrics?.handlerDuration.observe({ topic }, seconds / items.length);
    this.options.metrics?.eventsApplied.inc({ topic, type: items[0].event.type }, items.length);
  }

  private async recordInInbox(qr: QueryRunner, topic: string, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { event_id: string }[] = await qr.query(
      `INSERT INTO inbox (consumer, event_id, topic) SELECT $1, id, $3 FROM unnest($2::uuid[]) AS id
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [this.options.consumer, ids, topic],
    );
    return new Set(rows.map((r) => r.event_id));
  }

  private async park(qr: QueryRunner, batch: RawBatch, message: RawMessage, reason: RejectionReason, detail: string, attempts: number, event?: CloudEvent<any>) {
    // what is kept of a refused message is bounded and storable, whatever it held; its envelope is read once
    const envelope = readableEnvelope(message, reason, event);
    const value = storable(message.value, reason === 'too-large' ? 4096 : EVENT_LIMITS.maxBytes);
    const headers = Object.fromEntries(Object.entries(message.headers).slice(0, 20).map(([k, v]) => [storable(k, 100), storable(v, 500)]));
    const inserted: unknown[] = await qr.query(
      `INSERT INTO dead_letter (consumer, topic, partition, "offset", message_key, headers, value, event_id, event_type, reason, error, attempts, tenant_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (consumer, topic, partition, "offset") DO NOTHING RETURNING id`,
      [this.options.consumer, batch.topic, batch.partition, message.offset, storable(message.key, 200), JSON.stringify(headers), value,
        event?.id ?? null, storable(event?.type ?? message.headers['ce_type'] ?? null, 100), reason, storable(detail, 4000), attempts,
        claimedTenant(message, envelope) ?? null],
    );
    if (!inserted.length) return; // parked on an earlier delivery
    this.options.metrics?.deadLetters.inc({ topic: batch.topic, reason });
    this.log('warn', `parked ${batch.topic}[${batch.partition}]@${message.offset}: ${reason}: ${storable(detail, 500)}`);
    if (batch.topic.startsWith('provider.')) await this.reject(qr, batch, message, reason, detail, envelope);
  }

  /** Tells the provider system that sent it why its event was refused. */
  private async reject(qr: QueryRunner, batch: RawBatch, message: RawMessage, reason: RejectionReason, detail: string, envelope?: Record<string, any>) {
    const text = (value: unknown, max: number) => (typeof value === 'string' && value ? storable(value, max) : undefined);
    const providerId = text(envelope?.source, 80) ?? text(message.key, 80) ?? 'unidentified';
    const tenantId = claimedTenant(message, envelope);
    if (!tenantId) {
      this.log('warn', `cannot tell which council sent ${batch.topic}[${batch.partition}]@${message.offset}; no rejection event sent`);
      return;
    }
    await qr.query(SET_TENANT_SQL, [tenantId]);
    const rejection = {
      providerId,
      rejectedEventId: text(envelope?.id, 100),
      rejectedEventType: text(envelope?.type, 100),
      topic: batch.topic,
      partition: batch.partition,
      offset: message.offset,
      reason,
      detail: storable(detail, 1900),
    };
    try {
      await this.options.outbox.add(new Tx(qr.manager, tenantId), ProviderEventRejected, providerId, 0, rejection);
    } catch (error) {
      // the rejection is refused before anything is written; the message stays parked and the partition moves on
      if (!isDomainError(error)) throw error;
      this.log('error', `no rejection sent for ${batch.topic}[${batch.partition}]@${message.offset}: ${errorText(error)}`);
    }
  }

  private async inTransaction<T>(work: (qr: QueryRunner) => Promise<T>): Promise<T> {
    const qr = this.options.dataSource.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      const result = await work(qr);
      await qr.commitTransaction();
      return result;
    } catch (error) {
      if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await qr.release();
    }
  }

  private log(level: 'debug' | 'info' | 'warn' | 'error', msg: string, extra?: object) {
    this.options.log?.(level, msg, extra);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** The envelope of a refused message as far as it can be read (a too-large one is not parsed at all). */
function readableEnvelope(message: RawMessage, reason: RejectionReason, event?: CloudEvent<any>): Record<string, any> | undefined {
  return event ?? (reason === 'too-large' ? undefined : safeJson(message.value));
}

/** The council a message says it is for, when that is a well-formed GSS code (from its envelope, else its headers). */
function claimedTenant(message: RawMessage, envelope?: Record<string, any>): string | undefined {
  const tenant = envelope?.tenantid ?? message.headers['tenantid'];
  return typeof tenant === 'string' && GSS_CODE.test(tenant) ? tenant : undefined;
}

function safeJson(value: string | null): Record<string, unknown> | undefined {
  try {
    const parsed = JSON.parse(value ?? '');
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}
