import {
  Equals,
  IsDefined,
  IsISO8601,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';

/** ONS/GSS code of a council, e.g. Herefordshire E06000019, Wiltshire E06000054. */
export const GSS_CODE = /^E0[6-9]\d{6}$/;

/**
 * A correlation or causation id: printable, no spaces, at most 128 characters. Whatever a caller sends is
 * copied into every event its work causes, so it is bounded where it enters (HTTP header or inbound event).
 */
export const CORRELATION_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/** A CloudEvents `source`: a service name, a provider id or a URI, at most 120 characters. */
export const EVENT_SOURCE = /^[A-Za-z0-9._:/-]{1,120}$/;

/**
 * Bounds every event must keep, checked before any recursive code reads a message (ADR 0012). The topics'
 * `max.message.bytes` is larger, so a message over these bounds still reaches the consumer and is parked
 * with `too-large` or `too-deep` instead of being lost.
 */
export const EVENT_LIMITS = {
  /** Bytes of the whole serialised envelope (UTF-8). The largest event the platform emits is about 2 KB. */
  maxBytes: 64 * 1024,
  /** Nested objects and arrays, the envelope itself being 1; the deepest contract reaches 4. */
  maxDepth: 8,
} as const;

/** CloudEvents 1.0 structured-mode envelope with the platform's extensions. */
export interface CloudEvent<T = unknown> {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  time: string;
  subject: string;
  datacontenttype: 'application/json';
  tenantid: string;
  correlationid: string;
  causationid?: string;
  aggregateversion: number;
  data: T;
}

export class CloudEventEnvelope implements CloudEvent<Record<string, unknown>> {
  @Equals('1.0') specversion!: '1.0';
  @IsUUID() id!: string;
  @IsString()
  @Matches(EVENT_SOURCE, { message: 'source must be a service name, provider id or URI of at most 120 characters' })
  source!: string;
  @IsString()
  @Matches(/^[a-z-]+\.[a-z-]+\.[a-z-]+$/, { message: 'type must look like <owner>.<aggregate>.<past-tense>' })
  type!: string;
  @IsISO8601({ strict: true }) time!: string;
  @IsString() @IsNotEmpty() @MaxLength(200) subject!: string;
  @Equals('application/json') datacontenttype!: 'application/json';
  @Matches(GSS_CODE, { message: 'tenantid must be a council GSS code such as E06000054' }) tenantid!: string;
  @IsString()
  @Matches(CORRELATION_ID, { message: 'correlationid must be 1 to 128 printable characters without spaces' })
  correlationid!: string;
  @IsOptional()
  @IsString()
  @Matches(CORRELATION_ID, { message: 'causationid must be 1 to 128 printable characters without spaces' })
  causationid?: string;
  @IsInt() @Min(0) aggregateversion!: number;
  @IsDefined() @IsObject() data!: Record<string, unknown>;
}

/** Kafka headers that repeat envelope fields so brokers' tools can route without parsing. */
export const HEADER = {
  type: 'ce_type',
  id: 'ce_id',
  tenant: 'tenantid',
  traceparent: 'traceparent',
  correlationId: 'correlationid',
} as const;
