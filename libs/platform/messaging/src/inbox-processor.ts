import { DataSource, QueryRunner } from 'typeorm';
import { CloudEvent, EVENT_LIMITS, GSS_CODE, isDomainError, ProviderEventRejected, RejectionReason } from '@carers/contracts';
import { Metrics, RequestContexts } from '@carers/platform/observability';
import { SET_TENANT_SQL, Tx } from '@carers/platform/persistence';
import { parseEvent } from './contract-validation';
import { storable } from './message-bounds';
import { DeliveredEvent, Delivery } from './delivery';
import { EarlierStepMissing } from './earlier-step-missing';
import { EventRoutes } from './event-routes';
import { Outbox } from './outbox';
import { InboundRoute, inboundRouteOf, senderViolation } from './inbound-identity';
import { TrustedProviders } from './trusted-providers';

export interface RawMessage {
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

export interface RawBatch {
  /** The topic as named on the broker (without a test prefix): a provider's own topic names its sender (ADR 0014). */
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
    if (this.byTopic.has(topic)) throw new Error(`two listeners take ${topic}; one listener per topic applies its events`);
    this.byTopic.set(topic, handler);
    return this;
  }

  /** Routes a topic's events; an event routed here that travels on another topic is refused before anything runs. */
  route<B>(topic: string, routes: EventRoutes<B>, owner = 'a listener'): this {
    const strays = routes.contracts.filter((c) => c.topic !== topic);
    if (strays.length)
      throw new Error(`${owner} routes ${strays.map((c) => `${c.type} (which travels on ${c.topic})`).join(', ')} from ${topic}`);
    return this.set(topic, (delivery) => delivery.dispatch(routes));
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
  /** How long an event may wait for the step it follows before it is parked as `held-expired` (ADR 0027); 7 days by default. */
  holdLimitSeconds?: number;
}

/** A message as the inbox keeps it, parked or held: enough to run it through the same path again. */
export interface KeptMessage {
  topic: string;
  partition: number;
  offset: string;
  message_key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

/** What happened to the held events on one pass (ADR 0027). */
export interface HeldPass {
  applied: number;
  held: number;
  refused: number;
}

interface ReplayOutcome {
  applied: boolean;
  error?: string;
  /** The step the event still waits for. */
  waitingFor?: string;
  /** Refused for good: by the inbound checks, or by a domain rule. */
  refusal?: { reason: RejectionReason; detail: string };
}

type Parsed =
  | { message: RawMessage; event: CloudEvent<any>; rejection?: undefined }
  // a well-formed event refused for who sent it keeps its id and type on the dead letter
  | { message: RawMessage; event?: undefined; rejection: { reason: RejectionReason; detail: string; event?: CloudEvent<any> } };

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
  private readonly holdLimitSeconds: number;
  /** Whether any event may be held; unknown when the service starts, so the first batch looks once. */
  private mayHold = true;
  private heldPass?: Promise<HeldPass>;
  /** When the last pass over held events ended: batches look again at most once a second, the job on its own interval. */
  private lastHeldPassAt = 0;

  constructor(private readonly options: InboxProcessorOptions) {
    this.maxAttempts = options.maxAttempts ?? 3;
    this.retryBackoffMs = options.retryBackoffMs ?? 100;
    this.holdLimitSeconds = options.holdLimitSeconds ?? 7 * 24 * 3600;
  }

  async processBatch(batch: RawBatch, heartbeat: () => Promise<void> = async () => undefined): Promise<void> {
    const route = inboundRouteOf(batch.topic);
    const parsed = batch.messages.map((message) => this.parse(route, message));
    const handler = this.options.handlers.get(route.family);
    let applied: CloudEvent<any>[];
    try {
      applied = await this.inTransaction((qr) => this.applyAll(qr, batch, route, parsed, handler, false, heartbeat));
    } catch (error) {
      if (!(error instanceof HandlerFailed)) throw error;
      // A handler failed: redo the batch one message at a time, so only the failing message is retried or parked.
      applied = await this.inTransaction((qr) => this.applyAll(qr, batch, route, parsed, handler, true, heartbeat));
    }
    if (applied.length) this.options.onCommitted?.(applied);
    // what was just applied may be the step a held event waits for
    if (applied.length && this.mayHold && Date.now() - this.lastHeldPassAt >= 1000)
      await this.retryHeld().catch((error) => this.log('warn', `held events not retried yet: ${errorText(error)}`));
  }

  /** Runs a parked message through the same path again. True when it was applied (or had been already). */
  async replay(deadLetter: KeptMessage): Promise<{ applied: boolean; error?: string }> {
    try {
      const outcome = await this.inTransaction((qr) => this.replayWithin(qr, deadLetter));
      return { applied: outcome.applied, error: outcome.error };
    } catch (error) {
      return { applied: false, error: errorText(error) };
    }
  }

  /**
   * Held events whose predecessor has since been applied go through the inbox again; one that still waits past
   * the hold limit, or is now refused, is parked and its sender told (ADR 0027). One pass at a time per service.
   */
  retryHeld(): Promise<HeldPass> {
    this.heldPass ??= this.passOverHeld().finally(() => {
      this.heldPass = undefined;
      this.lastHeldPassAt = Date.now();
    });
    return this.heldPass;
  }

  private async passOverHeld(): Promise<HeldPass> {
    const pass: HeldPass = { applied: 0, held: 0, refused: 0 };
    let waiting: KeptMessage[] = await this.options.dataSource.query(
      `SELECT topic, partition, "offset" FROM held_event WHERE consumer = $1 ORDER BY held_at, topic, partition, "offset" LIMIT 500`,
      [this.options.consumer],
    );
    this.mayHold = waiting.length > 0;
    // one released event may be what another waits for (a review held for the plan held for the completion)
    for (let progress = true; waiting.length && progress;) {
      progress = false;
      const still: KeptMessage[] = [];
      for (const row of waiting) {
        const outcome = await this.inTransaction((qr) => this.retryOneHeld(qr, row, false));
        if (outcome === 'applied') progress = true;
        if (outcome === 'held') still.push(row);
        else if (outcome !== 'gone') pass[outcome]++;
      }
      waiting = still;
    }
    for (const row of waiting) {
      const outcome = await this.inTransaction((qr) => this.retryOneHeld(qr, row, true));
      if (outcome !== 'gone') pass[outcome]++;
    }
    this.mayHold = pass.held > 0;
    return pass;
  }

  private async retryOneHeld(qr: QueryRunner, at: KeptMessage, last: boolean): Promise<keyof HeldPass | 'gone'> {
    const [row]: (KeptMessage & { event_id: string; waiting_for: string; tries: number; expired: boolean; held_seconds: number })[] =
      await qr.query(
        `SELECT topic, partition, "offset", message_key, headers, value, event_id, waiting_for, tries,
                held_at < now() - make_interval(secs => $5) AS expired, EXTRACT(EPOCH FROM now() - held_at)::int AS held_seconds
           FROM held_event WHERE consumer = $1 AND topic = $2 AND partition = $3 AND "offset" = $4 FOR UPDATE SKIP LOCKED`,
        [this.options.consumer, at.topic, at.partition, at.offset, this.holdLimitSeconds],
      );
    if (!row) return 'gone'; // applied or refused by another replica meanwhile
    const outcome = await this.replayWithin(qr, row);
    const forget = () =>
      qr.query(`DELETE FROM held_event WHERE consumer = $1 AND topic = $2 AND partition = $3 AND "offset" = $4`, [
        this.options.consumer,
        row.topic,
        row.partition,
        row.offset,
      ]);
    if (outcome.applied) {
      await forget();
      this.log('info', `applied held event ${row.event_id} once ${row.waiting_for} had been`);
      return 'applied';
    }
    const refusal =
      outcome.refusal ??
      (last && row.expired
        ? {
            reason: 'held-expired' as const,
            detail: `held for ${duration(row.held_seconds)} waiting for ${outcome.waitingFor ?? row.waiting_for}, which never arrived (the limit is ${duration(this.holdLimitSeconds)}); publish the step it follows, then this event again`,
          }
        : undefined);
    if (refusal) {
      await forget();
      const route = inboundRouteOf(row.topic);
      const message = asRaw(row);
      await this.park(qr, row, route, message, refusal.reason, refusal.detail, row.tries, this.parse(route, message).event);
      return 'refused';
    }
    if (last)
      await qr.query(
        `UPDATE held_event SET tries = tries + 1, waiting_for = $5 WHERE consumer = $1 AND topic = $2 AND partition = $3 AND "offset" = $4`,
        [this.options.consumer, row.topic, row.partition, row.offset, outcome.waitingFor ?? row.waiting_for],
      );
    return 'held';
  }

  /** One kept message through the inbound checks and its handler, in the transaction given, as if it had just arrived. */
  private async replayWithin(qr: QueryRunner, kept: KeptMessage): Promise<ReplayOutcome> {
    const message = asRaw(kept);
    const route = inboundRouteOf(kept.topic);
    const parsed = this.parse(route, message);
    if (parsed.rejection)
      return { applied: false, error: `${parsed.rejection.reason}: ${parsed.rejection.detail}`, refusal: parsed.rejection };
    const [checked] = await this.checkCouncils(qr, route, [parsed]);
    if (checked.rejection)
      return { applied: false, error: `${checked.rejection.reason}: ${checked.rejection.detail}`, refusal: checked.rejection };
    const handler = this.options.handlers.get(route.family);
    await qr.query('SAVEPOINT replay_event');
    try {
      const fresh = await this.recordInInbox(qr, route, [parsed.event.id]);
      if (fresh.size && handler)
        await this.applyDelivery(qr, route.family, [{ event: parsed.event, traceparent: message.headers['traceparent'] }], handler);
      await qr.query('RELEASE SAVEPOINT replay_event');
      return { applied: true };
    } catch (error) {
      await qr.query('ROLLBACK TO SAVEPOINT replay_event');
      if (error instanceof EarlierStepMissing) return { applied: false, error: errorText(error), waitingFor: error.waitingFor };
      return {
        applied: false,
        error: errorText(error),
        refusal: isDomainError(error) ? { reason: 'domain-rule', detail: errorText(error) } : undefined,
      };
    }
  }

  /** The contract, then (on a provider's own topic) the sender rule: the event names the provider whose topic it came on. */
  private parse(route: InboundRoute, message: RawMessage): Parsed {
    const result = parseEvent(message.value, route.family);
    if ('reason' in result) return { message, rejection: result };
    const wrongSender = route.sender && senderViolation(result.event, result.contract, route.sender);
    if (wrongSender) return { message, rejection: { reason: 'wrong-sender', detail: wrongSender, event: result.event } };
    return { message, event: result.event };
  }

  /** A provider may report only for the councils whose contracts it holds, as the provider registry records them (ADR 0014). */
  private async checkCouncils(qr: QueryRunner, route: InboundRoute, parsed: Parsed[]): Promise<Parsed[]> {
    if (!route.sender || !parsed.some((p) => p.event)) return parsed;
    const councils = await TrustedProviders.councilsOf(qr, route.sender);
    return parsed.map((p) =>
      !p.event || councils.has(p.event.tenantid)
        ? p
        : {
            message: p.message,
            rejection: {
              reason: 'wrong-tenant' as const,
              event: p.event,
              detail: councils.size
                ? `${route.sender} holds no contract with council ${p.event.tenantid}; it may report only for ${[...councils].sort().join(', ')}`
                : `${route.sender} holds no contract with any council the platform knows of; ask the platform operator to onboard it`,
            },
          },
    );
  }

  private async applyAll(
    qr: QueryRunner,
    batch: RawBatch,
    route: InboundRoute,
    read: Parsed[],
    handler: TopicHandler | undefined,
    isolate: boolean,
    heartbeat: () => Promise<void>,
  ): Promise<CloudEvent<any>[]> {
    const parsed = await this.checkCouncils(qr, route, read);
    const valid = parsed.filter((p): p is Extract<Parsed, { event: CloudEvent<any> }> => !!p.event);
    const fresh = await this.recordInInbox(
      qr,
      route,
      valid.map((p) => p.event.id),
    );
    const duplicates = valid.length - fresh.size;
    if (duplicates) this.options.metrics?.inboxDuplicates.inc({ topic: route.family }, duplicates);

    const toApply: Extract<Parsed, { event: CloudEvent<any> }>[] = [];
    for (const item of parsed) {
      if (item.rejection)
        await this.park(qr, batch, route, item.message, item.rejection.reason, item.rejection.detail, 1, item.rejection.event);
      else if (fresh.delete(item.event.id) && handler) toApply.push(item); // else seen before, or earlier in this batch
    }
    if (!handler || !toApply.length) return [];
    if (!isolate) {
      // one delivery per council, in partition order (an aggregate belongs to one council, so its order holds)
      for (const group of groupByTenant(toApply)) {
        try {
          await this.applyDelivery(
            qr,
            route.family,
            group.map((i) => ({ event: i.event, traceparent: i.message.headers['traceparent'] })),
            handler,
          );
        } catch (error) {
          throw new HandlerFailed(error);
        }
      }
      return toApply.map((i) => i.event);
    }
    const applied: CloudEvent<any>[] = [];
    for (const item of toApply) {
      if (await this.applyIsolated(qr, batch, route, item.message, item.event, handler, heartbeat)) applied.push(item.event);
    }
    return applied;
  }

  /** True when applied; false when parked. */
  private async applyIsolated(
    qr: QueryRunner,
    batch: RawBatch,
    route: InboundRoute,
    message: RawMessage,
    event: CloudEvent<any>,
    handler: TopicHandler,
    heartbeat: () => Promise<void>,
  ): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      await qr.query('SAVEPOINT apply_event');
      try {
        await this.applyDelivery(qr, route.family, [{ event, traceparent: message.headers['traceparent'] }], handler);
        await qr.query('RELEASE SAVEPOINT apply_event');
        return true;
      } catch (error) {
        await qr.query('ROLLBACK TO SAVEPOINT apply_event');
        if (error instanceof EarlierStepMissing) {
          await this.forgetInInbox(qr, route, event.id);
          await this.hold(qr, batch, message, event, error.waitingFor);
          return false;
        }
        const permanent = isDomainError(error);
        if (permanent || attempt >= this.maxAttempts) {
          await this.forgetInInbox(qr, route, event.id);
          await this.park(qr, batch, route, message, permanent ? 'domain-rule' : 'retries-exhausted', errorText(error), attempt, event);
          return false;
        }
        this.log('warn', `event ${event.id} (${event.type}) failed on attempt ${attempt}, retrying: ${errorText(error)}`);
        await heartbeat();
        await new Promise((r) => setTimeout(r, this.retryBackoffMs * 2 ** (attempt - 1)));
      }
    }
  }

  private async forgetInInbox(qr: QueryRunner, route: InboundRoute, eventId: string) {
    await qr.query('DELETE FROM inbox WHERE consumer = $1 AND sender = $2 AND event_id = $3', [
      this.options.consumer,
      route.sender ?? '',
      eventId,
    ]);
  }

  /** Keeps an event that arrived before the step it follows, as it arrived, to be applied once that step is (ADR 0027). */
  private async hold(qr: QueryRunner, batch: RawBatch, message: RawMessage, event: CloudEvent<any>, waitingFor: string) {
    await qr.query(
      `INSERT INTO held_event (consumer, topic, partition, "offset", message_key, headers, value, event_id, event_type, tenant_id, waiting_for)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (consumer, topic, partition, "offset") DO UPDATE SET tries = held_event.tries + 1`,
      [
        this.options.consumer,
        batch.topic,
        batch.partition,
        message.offset,
        storable(message.key, 200),
        JSON.stringify(boundedHeaders(message)),
        message.value,
        event.id,
        event.type,
        event.tenantid,
        storable(waitingFor, 500),
      ],
    );
    this.mayHold = true;
    this.options.metrics?.eventsHeld.inc({ topic: batch.topic });
    this.log(
      'info',
      `held ${batch.topic}[${batch.partition}]@${message.offset} (${event.type}) until ${storable(waitingFor, 200)} is applied`,
    );
  }

  private async applyDelivery(qr: QueryRunner, topic: string, items: DeliveredEvent[], handler: TopicHandler) {
    const started = process.hrtime.bigint();
    const tenantId = items[0].event.tenantid;
    await qr.query(SET_TENANT_SQL, [tenantId]);
    const delivery = new Delivery(items, new Tx(qr.manager, tenantId));
    await handler(delivery);
    const first = items[0];
    RequestContexts.run(
      RequestContexts.from({ correlationId: first.event.correlationid, causationId: first.event.id, traceparent: first.traceparent }),
      () => this.log('debug', `applied ${items.length} ${first.event.type} event(s) from ${topic}`, { eventId: first.event.id }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    this.options.metrics?.handlerDuration.observe({ topic }, seconds / items.length);
    this.options.metrics?.eventsApplied.inc({ topic, type: items[0].event.type }, items.length);
  }

  /**
   * The ids not seen before from this sender (a provider's ids are its own: ADR 0014). Rows recorded before
   * senders were (sender '') count as seen for everyone, so nothing is applied twice across the upgrade.
   */
  private async recordInInbox(qr: QueryRunner, route: InboundRoute, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { event_id: string }[] = route.sender
      ? await qr.query(
          `INSERT INTO inbox (consumer, sender, event_id, topic) SELECT $1, $4, id, $3 FROM unnest($2::uuid[]) AS id
         WHERE NOT EXISTS (SELECT 1 FROM inbox legacy WHERE legacy.consumer = $1 AND legacy.sender = '' AND legacy.event_id = id)
         ON CONFLICT DO NOTHING RETURNING event_id`,
          [this.options.consumer, ids, route.family, route.sender],
        )
      : await qr.query(
          `INSERT INTO inbox (consumer, event_id, topic) SELECT $1, id, $3 FROM unnest($2::uuid[]) AS id
         ON CONFLICT DO NOTHING RETURNING event_id`,
          [this.options.consumer, ids, route.family],
        );
    return new Set(rows.map((r) => r.event_id));
  }

  private async park(
    qr: QueryRunner,
    batch: Pick<RawBatch, 'topic' | 'partition'>,
    route: InboundRoute,
    message: RawMessage,
    reason: RejectionReason,
    detail: string,
    attempts: number,
    event?: CloudEvent<any>,
  ) {
    // what is kept of a refused message is bounded and storable, whatever it held; its envelope is read once
    const envelope = readableEnvelope(message, reason, event);
    const value = storable(message.value, reason === 'too-large' ? 4096 : EVENT_LIMITS.maxBytes);
    const headers = boundedHeaders(message);
    const inserted: unknown[] = await qr.query(
      `INSERT INTO dead_letter (consumer, topic, partition, "offset", message_key, headers, value, event_id, event_type, reason, error, attempts, tenant_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (consumer, topic, partition, "offset") DO NOTHING RETURNING id`,
      [
        this.options.consumer,
        batch.topic,
        batch.partition,
        message.offset,
        storable(message.key, 200),
        JSON.stringify(headers),
        value,
        event?.id ?? null,
        storable(event?.type ?? message.headers['ce_type'] ?? null, 100),
        reason,
        storable(detail, 4000),
        attempts,
        claimedTenant(message, envelope) ?? null,
      ],
    );
    if (!inserted.length) return; // parked on an earlier delivery
    this.options.metrics?.deadLetters.inc({ topic: batch.topic, reason });
    this.log('warn', `parked ${batch.topic}[${batch.partition}]@${message.offset}: ${reason}: ${storable(detail, 500)}`);
    if (route.sender) await this.reject(qr, batch, route.sender, message, reason, detail, envelope);
  }

  /**
   * Tells the provider system that sent it why its event was refused, on that provider's own rejections topic
   * (only it may read it), stamped with the provider its topic belongs to, whatever the message claimed.
   */
  private async reject(
    qr: QueryRunner,
    batch: Pick<RawBatch, 'topic' | 'partition'>,
    providerId: string,
    message: RawMessage,
    reason: RejectionReason,
    detail: string,
    envelope?: Record<string, any>,
  ) {
    const text = (value: unknown, max: number) => (typeof value === 'string' && value ? storable(value, max) : undefined);
    const tenantId = claimedTenant(message, envelope) ?? [...(await TrustedProviders.councilsOf(qr, providerId))].sort()[0];
    if (!tenantId) {
      this.log(
        'warn',
        `cannot tell which council ${batch.topic}[${batch.partition}]@${message.offset} was for, and ${providerId} holds no contract; no rejection event sent`,
      );
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
      await this.options.outbox.addForProvider(new Tx(qr.manager, tenantId), ProviderEventRejected, providerId, rejection);
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

/** A span of seconds in the unit a reader would use. */
function duration(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} minutes`;
  if (seconds < 172_800) return `${Math.round(seconds / 3600)} hours`;
  return `${Math.round(seconds / 86_400)} days`;
}

function asRaw(kept: KeptMessage): RawMessage {
  return { offset: kept.offset, key: kept.message_key, value: kept.value, headers: kept.headers };
}

/** What is kept of a message's headers, whatever it carried. */
function boundedHeaders(message: RawMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(message.headers)
      .slice(0, 20)
      .map(([k, v]) => [storable(k, 100), storable(v, 500)]),
  );
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
