import { randomUUID } from 'node:crypto';
import { CarerRegistered, Topics } from '@carers/contracts';
import { parseEvent } from './contract-validation';

const envelope = (overrides: Record<string, unknown> = {}, data: Record<string, unknown> = {}) => JSON.stringify({
  specversion: '1.0', id: randomUUID(), source: 'registration', type: CarerRegistered.type, time: '2026-11-22T10:00:00.000Z',
  subject: 'c', datacontenttype: 'application/json', tenantid: 'E06000054', correlationid: 'x', aggregateversion: 1,
  data: { carerId: randomUUID(), kind: 'adult', ageBand: '25-49', registeredOn: '2026-11-22', ...data },
  ...overrides,
});

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
    const result = parseEvent(envelope({ tenantid: 'Wiltshire', specversion: '0.3' }), Topics.registrationCarer);
    expect(result).toMatchObject({ reason: 'schema-invalid' });
    expect((result as { detail: string }).detail).toMatch(/tenantid.*GSS/);
    expect((result as { detail: string }).detail).toMatch(/specversion/);
  });

  it('names the data fields that break the contract', () => {
    const result = parseEvent(envelope({}, { kind: 'sibling', carerId: 'not-a-uuid' }), Topics.registrationCarer);
    expect(result).toMatchObject({ reason: 'schema-invalid' });
    expect((result as { detail: string }).detail).toMatch(/data\.kind/);
    expect((result as { detail: string }).detail).toMatch(/data\.carerId/);
  });

  it('refuses an unknown type and a known type on the wrong topic', () => {
    expect(parseEvent(envelope({ type: 'registration.carer.teleported' }), Topics.registrationCarer)).toMatchObject({ reason: 'unknown-type' });
    expect(parseEvent(envelope(), Topics.providerAssessmentActivity)).toMatchObject({ reason: 'schema-invalid' });
  });
});
