import { randomUUID } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CloudEventEnvelope } from '@carers/contracts';
import { envelopeViolations } from './envelope-check';

const valid = {
  specversion: '1.0', id: randomUUID(), source: 'registration', type: 'registration.carer.registered', time: '2026-11-22T10:00:00.123Z',
  subject: 's', datacontenttype: 'application/json', tenantid: 'E06000019', correlationid: 'c', causationid: randomUUID(), aggregateversion: 3, data: {},
};

const BROKEN: Record<string, unknown[]> = {
  specversion: ['0.3', 1, undefined],
  id: ['x', '', 7, undefined, '7b0c8a53-7d4f-4c5e-9c55-0d6f3d1f2e1'],
  source: ['', 3, undefined],
  type: ['Registration.Carer', 'a.b', '', undefined, 'a.b.c.d'],
  time: ['yesterday', '2026-13-45T00:00:00Z', 1700000000, undefined, ''],
  subject: ['', undefined, 5],
  datacontenttype: ['text/plain', undefined],
  tenantid: ['Wiltshire', 'E05000054', 'E0600005', undefined, 'W06000019'],
  correlationid: ['', undefined, 1],
  causationid: [5, {}],
  aggregateversion: [-1, 1.5, '2', undefined],
  data: [null, 'x', [], undefined, 5],
};

function classValidatorSays(value: Record<string, unknown>): string[] {
  return validateSync(plainToInstance(CloudEventEnvelope, value) as object).map((e) => e.property);
}

describe('envelopeViolations agrees with the CloudEventEnvelope contract', () => {
  it('accepts what the contract accepts', () => {
    expect(envelopeViolations(valid)).toEqual([]);
    expect(classValidatorSays(valid)).toEqual([]);
    const { causationid: _, ...withoutCausation } = valid;
    expect(envelopeViolations(withoutCausation)).toEqual([]);
  });

  it.each(Object.entries(BROKEN))('refuses a broken %s exactly when the contract does', (field, values) => {
    for (const bad of values) {
      const value = { ...valid, [field]: bad };
      if (bad === undefined) delete (value as Record<string, unknown>)[field];
      const fast = envelopeViolations(value).map((v) => v.split(':')[0]);
      expect({ field, bad, fast }).toEqual({ field, bad, fast: classValidatorSays(value) });
    }
  });
});
