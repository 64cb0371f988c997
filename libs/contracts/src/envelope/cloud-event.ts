import {
  Equals, IsDefined, IsISO8601, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Matches, Min,
} from 'class-validator';

/** ONS/GSS code of a council, e.g. Herefordshire E06000019, Wiltshire E06000054. */
export const GSS_CODE = /^E0[6-9]\d{6}$/;

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
  @IsString() @IsNotEmpty() source!: string;
  @IsString() @Matches(/^[a-z-]+\.[a-z-]+\.[a-z-]+$/, { message: 'type must look like <owner>.<aggregate>.<past-tense>' })
  type!: string;
  @IsISO8601({ strict: true }) time!: string;
  @IsString() @IsNotEmpty() subject!: string;
  @Equals('application/json') datacontenttype!: 'application/json';
  @Matches(GSS_CODE, { message: 'tenantid must be a council GSS code such as E06000054' }) tenantid!: string;
  @IsString() @IsNotEmpty() correlationid!: string;
  @IsOptional() @IsString() causationid?: string;
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
