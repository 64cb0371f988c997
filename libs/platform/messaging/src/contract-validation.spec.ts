import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { CarerRegistered, EVENT_LIMITS, ProviderMonthlyReturn, Topics } from '@carers/contracts';
import { parseEvent } from './contract-validation';

const envelope = (overrides: Record<string, unknown> = {}, data: Record<string, unknown> = {}) =>
  JSON.stringify({
    specversion: '1.0',
    id: randomUUID(),
    source: 'registration',
    type: CarerRegistered.type,
    time: '2026-11-22T10:00:00.000Z',
    subject: 'c',
    datacontenttype: 'application/json',
    tenantid: 'E06000054',
    correlationid: 'x',
    aggregateversion: 1,
    data: { carerId: randomUUID(), kind: 'adult', ageBand: '25-49', registeredOn: '2026-11-22', ...data },
    ...overrides,
  });

/** `{"a":{"a":...1...}}` written as text: JSON.stringify itself would overflow on it. */
const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

const reasonOf = (raw: string | null, topic: string = Topics.registrationCarer) => {
  const result = parseEvent(raw, topic);
  return 'reason' in result ? result : { reason: 'accepted' as const, detail: '' };
};

describe('parseEvent', () => {
  it('accepts an envelope whose data meets its contract', () => {
    const result = parseEvent(envelope(), Topics.registrationCarer);
    expect('event' in result && result.event.type).toBe(CarerRegistered.type);
  });

  it('names malformed JSON', () => {
    expect(parseEvent('{"nope', Topics.registrationCarer)).toMatchObject({ reason: 'malformed-json' });
    expect(parseEvent(null, Topics.registrationCarer)).toMatchObject({ reason: 'malformed-json' });
  });

  it('names each envelope field that is wrong', () => {
    const result = reasonOf(envelope({ tenantid: 'Wiltshire', specversion: '0.3' }));
    expect(result.reason).toBe('schema-invalid');
    expect(result.detail).toMatch(/tenantid: must be a council GSS code/);
    expect(result.detail).toMatch(/specversion/);
  });

  it('names the data fields that break the contract', () => {
    const result = reasonOf(envelope({}, { kind: 'sibling', carerId: 'not-a-uuid' }));
    expect(result.reason).toBe('schema-invalid');
    expect(result.detail).toMatch(/data\.kind/);
    expect(result.detail).toMatch(/data\.carerId/);
  });

  it('refuses an unknown type and a known type on the wrong topic', () => {
    expect(parseEvent(envelope({ type: 'registration.carer.teleported' }), Topics.registrationCarer)).toMatchObject({
      reason: 'unknown-type',
    });
    expect(parseEvent(envelope(), Topics.providerAssessmentActivity)).toMatchObject({ reason: 'schema-invalid' });
  });

  it('refuses unknown fields in data and in the envelope instead of storing them (published schemas are closed)', () => {
    expect(reasonOf(envelope({}, { familyName: 'Smith' }))).toEqual({
      reason: 'schema-invalid',
      detail: expect.stringMatching(/^data\.familyName: is not a field/),
    });
    expect(reasonOf(envelope({ extra: 1 }))).toEqual({ reason: 'schema-invalid', detail: expect.stringMatching(/^extra: is not a field/) });
  });

  it('refuses an extra field nested 5,000 deep as too-deep, without overflowing the stack', () => {
    const raw = envelope({}, { x: 'DEEP' }).replace('"DEEP"', nested(5000));
    expect(raw.length).toBeLessThan(EVENT_LIMITS.maxBytes);
    expect(reasonOf(raw).reason).toBe('too-deep');
    expect(reasonOf(nested(200_000).slice(0, 60_000)).reason).toBe('malformed-json');
    expect(reasonOf('['.repeat(30_000) + ']'.repeat(30_000)).reason).toBe('too-deep');
  });

  it('refuses a message over the size limit before parsing it, and a huge correlation id', () => {
    expect(reasonOf(envelope({}, { x: 'a'.repeat(EVENT_LIMITS.maxBytes) }))).toEqual({
      reason: 'too-large',
      detail: expect.stringMatching(/bytes; an event may be at most 65536 bytes/),
    });
    expect(reasonOf(envelope({ correlationid: 'c'.repeat(200) })).detail).toMatch(/correlationid: must be 1 to 128/);
  });

  it('refuses NUL characters and lone surrogates, which PostgreSQL cannot store', () => {
    expect(reasonOf(envelope({ subject: 'a\u0000b' })).detail).toMatch(/NUL/);
    expect(reasonOf(envelope({ subject: 'a\ud800b' })).detail).toMatch(/lone surrogate/);
  });

  it('answers every input, however hostile, with the event or a reason, never a throw', () => {
    const monthly = { providerId: 'vale-family-support', period: '2026-10', measure: 'support-groups-run', value: 3, responses: 1 };
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.json({ maxDepth: 6 }),
      fc
        .anything({ maxDepth: 4 })
        .map((data) => JSON.stringify({ ...JSON.parse(envelope({ type: ProviderMonthlyReturn.type })), data }) ?? 'x'),
      fc
        .dictionary(fc.oneof(fc.constant('__proto__'), fc.constant('constructor'), fc.string()), fc.jsonValue({ maxDepth: 3 }))
        .map((extra) => envelope({ type: ProviderMonthlyReturn.type }, { ...monthly, ...extra })),
    );
    fc.assert(
      fc.property(hostile, (raw) => {
        const result = parseEvent(raw, Topics.providerMonthlyReturn);
        return 'event' in result || ['malformed-json', 'too-large', 'too-deep', 'schema-invalid', 'unknown-type'].includes(result.reason);
      }),
      { seed: 17, numRuns: 2000 },
    );
  });
});
