import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { EVENT_LIMITS } from '@carers/contracts';
import { allEventSchemas } from '@carers/platform/messaging';

export interface KafkaMessage {
  key: string | null;
  value: string | Buffer | null;
}

/** A bad message and what makes it bad, for the failure report. */
export interface HostileMessage extends KafkaMessage {
  kind: string;
}

const ENVELOPE_REQUIRED = [
  'specversion',
  'id',
  'source',
  'type',
  'time',
  'subject',
  'datacontenttype',
  'tenantid',
  'correlationid',
  'aggregateversion',
  'data',
];

/** A JSON value of another type than `value`'s, so the field it replaces is wrong whatever it holds. */
function otherType(value: unknown): fc.Arbitrary<unknown> {
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  const all: Record<string, fc.Arbitrary<unknown>> = {
    string: fc.string({ maxLength: 20 }),
    number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
    boolean: fc.boolean(),
    null: fc.constant(null),
    array: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
    object: fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  };
  // an integer where a number is expected would still be a number
  return fc.oneof(
    ...Object.entries(all)
      .filter(([k]) => k !== kind && !(kind === 'number' && k === 'number'))
      .map(([, a]) => a),
  );
}

function withField(envelope: Record<string, any>, path: 'envelope' | 'data', field: string, value: unknown): string {
  const copy = { ...envelope, data: { ...envelope['data'] } };
  (path === 'envelope' ? copy : copy.data)[field] = value;
  return JSON.stringify(copy);
}

function withoutField(envelope: Record<string, any>, path: 'envelope' | 'data', field: string): string {
  const copy: Record<string, any> = { ...envelope, data: { ...envelope['data'] } };
  delete (path === 'envelope' ? copy : copy['data'])[field];
  return JSON.stringify(copy);
}

/** The template with a new field written as raw JSON text (deep nesting, prototype keys), which JSON.stringify could not make. */
function withRawField(envelope: Record<string, any>, path: 'envelope' | 'data', key: string, rawValue: string): string {
  const marker = `__raw_${randomUUID()}`;
  return withField(envelope, path, marker, 0).replace(`"${marker}":0`, () => `${JSON.stringify(key)}:${rawValue}`);
}

/**
 * Messages no contract accepts, built from one valid event: arbitrary bytes, empty and null values, JSON that is
 * no envelope, envelopes missing a required field or with a field of the wrong type, unknown fields (prototype
 * keys among them), strings over the size limit, nesting past the depth limit, mutated envelope fields, NULs
 * and lone surrogates. Keyed like the valid event (sometimes with no key), so they share its partition.
 */
export function hostileMessages(valid: { key: string; value: string }): fc.Arbitrary<HostileMessage> {
  const envelope = JSON.parse(valid.value) as Record<string, any>;
  const schema = allEventSchemas()[envelope['type']];
  const dataRequired: string[] = schema.properties.data.required ?? [];
  const key = fc.oneof(
    { weight: 5, arbitrary: fc.constant<string | null>(valid.key) },
    { weight: 1, arbitrary: fc.constant<string | null>(null) },
  );
  const field = (path: 'envelope' | 'data') =>
    fc.constantFrom(...(path === 'envelope' ? ENVELOPE_REQUIRED : dataRequired.length ? dataRequired : ['__none__']));
  const make = (kind: string, value: fc.Arbitrary<string | Buffer | null>) => fc.record({ kind: fc.constant(kind), key, value });
  const wrongType = fc.constantFrom<'envelope' | 'data'>('envelope', 'data').chain((path) =>
    field(path)
      .filter((f) => f !== '__none__')
      .chain((f) => otherType((path === 'envelope' ? envelope : envelope['data'])[f]).map((v) => withField(envelope, path, f, v))),
  );
  return fc.oneof(
    make(
      'arbitrary bytes',
      fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
    ),
    make('empty value', fc.constantFrom<string | null>('', null)),
    make(
      'JSON that is no envelope',
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    ),
    make(
      'a required field missing',
      fc.constantFrom<'envelope' | 'data'>('envelope', 'data').chain((path) =>
        field(path)
          .filter((f) => f !== '__none__')
          .map((f) => withoutField(envelope, path, f)),
      ),
    ),
    make('a field of the wrong type', wrongType),
    make(
      'an unknown field',
      fc
        .tuple(
          fc.constantFrom<'envelope' | 'data'>('envelope', 'data'),
          fc.oneof(
            fc.constantFrom('__proto__', 'constructor', 'prototype', 'familyName', 'nhsNumber'),
            fc.string({ minLength: 1, maxLength: 12 }).map((s) => `x-${s}`),
          ),
          fc.jsonValue({ maxDepth: 2 }),
        )
        .map(([path, k, v]) => withRawField(envelope, path, k, JSON.stringify(v))),
    ),
    make(
      'a string over the size limit',
      fc
        .integer({ min: EVENT_LIMITS.maxBytes + 1, max: 3 * EVENT_LIMITS.maxBytes })
        .map((n) => withField(envelope, 'data', 'note', 'x'.repeat(n))),
    ),
    make(
      'nesting past the depth limit',
      fc
        .integer({ min: EVENT_LIMITS.maxDepth, max: 10_000 })
        .map((d) => withRawField(envelope, 'data', 'a', '{"a":'.repeat(d) + '1' + '}'.repeat(d))),
    ),
    make(
      'a mutated envelope',
      fc.oneof(
        fc.constantFrom('Wiltshire', 'E05000054', '', 'E0600005').map((t) => withField(envelope, 'envelope', 'tenantid', t)),
        fc
          .constantFrom('provider.assessment.teleported', 'registration.carer.registered.v2', 'x')
          .map((t) => withField(envelope, 'envelope', 'type', t)),
        fc.constantFrom('not-a-uuid', '', '00000000-0000-0000-0000-00000000000g').map((id) => withField(envelope, 'envelope', 'id', id)),
        fc.constantFrom('0.3', '2.0').map((v) => withField(envelope, 'envelope', 'specversion', v)),
        fc.integer({ min: 129, max: 60_000 }).map((n) => withField(envelope, 'envelope', 'correlationid', 'c'.repeat(n))),
        fc.constantFrom(-1, 1.5).map((v) => withField(envelope, 'envelope', 'aggregateversion', v)),
      ),
    ),
    make(
      'a NUL or lone surrogate in a string',
      fc.constantFrom('\u0000', '\ud800', 'a\u0000b', '\udfff').map((s) => withField(envelope, 'envelope', 'subject', s)),
    ),
  );
}

/** A valid message's copy with the same id: the inbox must skip it. */
export function duplicateOf(valid: { key: string; value: string }): KafkaMessage {
  return { key: valid.key, value: valid.value };
}
