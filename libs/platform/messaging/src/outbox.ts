import { randomUUID } from 'node:crypto';
import { CloudEvent, DomainError, EVENT_LIMITS, EventContract, HEADER, providerTopic } from '@carers/contracts';
import { RequestContexts, traceparentOf } from '@carers/platform/observability';
import { Tx } from '@carers/platform/persistence';
import { schemaViolations } from './event-validator';

export class ContractViolationError extends DomainError {
  constructor(
    readonly type: string,
    readonly violations: string[],
  ) {
    super('contract-violation', `${type} does not meet its contract: ${violations.join('; ')}`);
  }
}

export interface OutboxOptions {
  /** CloudEvents `source`, e.g. the service name. */
  source: string;
}

type DataOf<C> = C extends EventContract<infer T> ? { [K in keyof T]: T[K] } : never;

/** Records an event to publish inside the caller's transaction; the relay sends it after commit. */
export class Outbox {
  constructor(private readonly options: OutboxOptions) {}

  async add<C extends EventContract>(
    tx: Tx,
    contract: C,
    aggregateId: string,
    aggregateVersion: number,
    data: DataOf<C>,
    key = aggregateId,
    topic?: string,
  ): Promise<CloudEvent<DataOf<C>>> {
    const [row] = this.rows([{ contract, aggregateId, aggregateVersion, data, key, topic }], tx.tenantId);
    await tx.query(`INSERT INTO outbox (event_id, topic, message_key, event_type, payload, headers) VALUES ($1, $2, $3, $4, $5, $6)`, [
      row.event.id,
      row.topic,
      row.key,
      row.event.type,
      row.payload,
      JSON.stringify(row.headers),
    ]);
    return row.event;
  }

  /** An event for one provider's own topic of a per-provider family (its rejections), keyed by the provider (ADR 0014). */
  addForProvider<C extends EventContract>(tx: Tx, contract: C, providerId: string, data: DataOf<C>): Promise<CloudEvent<DataOf<C>>> {
    return this.add(tx, contract, providerId, 0, data, providerId, providerTopic(contract.topic, providerId));
  }

  /** Many events of one contract in one statement (bulk work such as an import). */
  addMany<C extends EventContract>(
    tx: Tx,
    contract: C,
    items: { aggregateId: string; aggregateVersion: number; data: DataOf<C>; key?: string }[],
  ): Promise<void> {
    return this.addAll(
      tx,
      items.map((i) => ({ contract, ...i })),
    );
  }

  /** Events of any contracts in one statement, published in the order given. */
  async addAll(
    tx: Tx,
    items: { contract: EventContract; aggregateId: string; aggregateVersion: number; data: object; key?: string }[],
  ): Promise<void> {
    if (!items.length) return;
    const rows = this.rows(
      items.map((i) => ({ ...i, key: i.key ?? i.aggregateId })),
      tx.tenantId,
    );
    await tx.query(
      `INSERT INTO outbox (event_id, topic, message_key, event_type, payload, headers)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::jsonb[])`,
      [
        rows.map((r) => r.event.id),
        rows.map((r) => r.topic),
        rows.map((r) => r.key),
        rows.map((r) => r.event.type),
        rows.map((r) => r.payload),
        rows.map((r) => JSON.stringify(r.headers)),
      ],
    );
  }

  private rows(
    items: { contract: EventContract; aggregateId: string; aggregateVersion: number; data: object; key: string; topic?: string }[],
    tenantId: string,
  ) {
    const context = RequestContexts.current() ?? RequestContexts.from({});
    const time = new Date().toISOString();
    return items.map(({ contract, aggregateId, aggregateVersion, data, key, topic }) => {
      const event: CloudEvent<any> = {
        specversion: '1.0',
        id: randomUUID(),
        source: this.options.source,
        type: contract.type,
        time,
        subject: aggregateId,
        datacontenttype: 'application/json',
        tenantid: tenantId,
        correlationid: context.correlationId,
        ...(context.causationId ? { causationid: context.causationId } : {}),
        aggregateversion: aggregateVersion,
        data,
      };
      // the same published schema consumers hold events to: an unknown field (personal data, say) never leaves
      const payload = JSON.stringify(event);
      const violations = schemaViolations(contract, JSON.parse(payload));
      if (violations.length) throw new ContractViolationError(contract.type, violations);
      const size = Buffer.byteLength(payload);
      if (size > EVENT_LIMITS.maxBytes)
        throw new ContractViolationError(contract.type, [`the event is ${size} bytes; the limit is ${EVENT_LIMITS.maxBytes}`]);
      const headers = {
        [HEADER.type]: event.type,
        [HEADER.id]: event.id,
        [HEADER.tenant]: tenantId,
        [HEADER.traceparent]: traceparentOf(context),
        [HEADER.correlationId]: context.correlationId,
      };
      return { event, payload, headers, topic: topic ?? contract.topic, key };
    });
  }
}
