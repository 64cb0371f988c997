import { GSS_CODE } from '@carers/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const TYPE = /^[a-z-]+\.[a-z-]+\.[a-z-]+$/;

function nonEmptyString(v: unknown): boolean {
  return typeof v === 'string' && v.length > 0;
}

/**
 * The rules of `CloudEventEnvelope` (libs/contracts) as plain checks: the consumer runs them on every
 * message, where class-validator's reflection costs more than the rest of the inbox. A unit test keeps
 * the two in agreement; the class stays the source of the published JSON Schema.
 */
export function envelopeViolations(value: Record<string, unknown>): string[] {
  const v: string[] = [];
  if (value['specversion'] !== '1.0') v.push('specversion: specversion must be equal to 1.0');
  if (typeof value['id'] !== 'string' || !UUID.test(value['id'])) v.push('id: id must be a UUID');
  if (!nonEmptyString(value['source'])) v.push('source: source should not be empty');
  if (typeof value['type'] !== 'string' || !TYPE.test(value['type'])) v.push('type: type must look like <owner>.<aggregate>.<past-tense>');
  const time = value['time'];
  if (typeof time !== 'string' || !ISO_INSTANT.test(time) || Number.isNaN(Date.parse(time))) v.push('time: time must be a valid ISO 8601 date string');
  if (!nonEmptyString(value['subject'])) v.push('subject: subject should not be empty');
  if (value['datacontenttype'] !== 'application/json') v.push('datacontenttype: datacontenttype must be equal to application/json');
  if (typeof value['tenantid'] !== 'string' || !GSS_CODE.test(value['tenantid'])) v.push('tenantid: tenantid must be a council GSS code such as E06000054');
  if (!nonEmptyString(value['correlationid'])) v.push('correlationid: correlationid should not be empty');
  if (value['causationid'] !== undefined && value['causationid'] !== null && typeof value['causationid'] !== 'string') v.push('causationid: causationid must be a string');
  const version = value['aggregateversion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) v.push('aggregateversion: aggregateversion must be an integer not less than 0');
  const data = value['data'];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) v.push('data: data must be an object');
  return v;
}
