import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from '@asyncapi/parser';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { randomUUID } from 'node:crypto';
import { CarerRegistered } from '@carers/contracts';
import { allEventSchemas, asyncApiDocument } from './contract-documents';
import { ASYNCAPI_FILE, render, SCHEMA_DIR } from './generate';

describe('event contracts as documents', () => {
  it('match the committed JSON Schema snapshots (a contract change is a visible diff: run npm run contracts:generate)', () => {
    const schemas = allEventSchemas();
    expect(readdirSync(SCHEMA_DIR).sort()).toEqual(
      Object.keys(schemas)
        .map((t) => `${t}.schema.json`)
        .sort(),
    );
    for (const [type, schema] of Object.entries(schemas)) {
      expect({ type, schema: readFileSync(join(SCHEMA_DIR, `${type}.schema.json`), 'utf8') }).toEqual({ type, schema: render(schema) });
    }
  });

  it('give schemas that accept a valid event and refuse a broken one', () => {
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(allEventSchemas()[CarerRegistered.type]);
    const event = {
      specversion: '1.0',
      id: randomUUID(),
      source: 'registration',
      type: CarerRegistered.type,
      time: '2026-11-22T10:00:00.000Z',
      subject: 'x',
      datacontenttype: 'application/json',
      tenantid: 'E06000054',
      correlationid: 'c',
      aggregateversion: 1,
      data: { carerId: randomUUID(), kind: 'adult', ageBand: '25-49', registeredOn: '2026-11-22' },
    };
    expect(validate(event)).toBe(true);
    expect(validate({ ...event, data: { ...event.data, kind: 'sibling' } })).toBe(false);
    expect(validate({ ...event, data: { ...event.data, familyName: 'Smith' } })).toBe(false);
  });

  it('describe every topic in an AsyncAPI 3.0 document that the AsyncAPI parser accepts', async () => {
    const document = asyncApiDocument();
    expect(readFileSync(ASYNCAPI_FILE, 'utf8')).toBe(render(document));
    const { document: parsed, diagnostics } = await new Parser().parse(JSON.stringify(document));
    const errors = diagnostics.filter((d) => d.severity === 0);
    expect(errors.map((e) => `${e.path.join('.')}: ${e.message}`)).toEqual([]);
    expect(
      parsed
        ?.channels()
        .all()
        .map((c) => c.address()),
    ).toEqual(expect.arrayContaining(['registration.carer.v1', 'provider.rejections.v1.{providerId}']));
    // a provider's developer finds where to connect and how to authenticate (ADR 0014)
    const inbound = parsed!
      .channels()
      .all()
      .find((c) => c.address() === 'provider.monthly-return.v1.{providerId}')!;
    expect(
      inbound
        .servers()
        .all()
        .map((s) => s.id()),
    ).toEqual(expect.arrayContaining(['providers', 'providers-local']));
    expect(
      parsed!
        .servers()
        .get('providers')!
        .security()
        .flatMap((r) => r.all().map((x) => x.scheme().type())),
    ).toEqual(['scramSha512']);
  });
});
