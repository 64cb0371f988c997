import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { CarerRegistered, Topics } from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { MessagingRetentionJob } from '@carers/platform/service';
import { DataSource } from 'typeorm';
import { bearer, eventually, ServiceUnderTest, startServiceUnderTest } from '@carers/testing';
import { AppModule } from './app.module';
import { ASSESSMENTS } from './service';

describe('assessments: parked messages and the admin API', () => {
  let service: ServiceUnderTest;
  const kafka = createKafka('dead-letter-test', () => undefined);

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, ASSESSMENTS);
  }, 90_000);
  afterAll(() => service?.stop(), 30_000);

  it('parks an invalid CarerRegistered with the reason, lets a platform admin see and discard it, and keeps consuming', async () => {
    const admin = await bearer({ role: 'platform-admin', tenant: 'E06000054' });
    const officer = await bearer({ role: 'council-officer', tenant: 'E06000054' });
    const good = randomUUID();
    const envelope = (carerId: string, kind: string) =>
      JSON.stringify({
        specversion: '1.0',
        id: randomUUID(),
        source: 'registration',
        type: CarerRegistered.type,
        time: new Date().toISOString(),
        subject: carerId,
        datacontenttype: 'application/json',
        tenantid: 'E06000054',
        correlationid: 'dl-test',
        aggregateversion: 1,
        data: { carerId, kind, ageBand: '25-49', registeredOn: '2026-11-22' },
      });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: service.prefix + Topics.registrationCarer,
      acks: -1,
      messages: [
        { key: 'bad', value: envelope(randomUUID(), 'sibling') },
        { key: 'bad', value: envelope(good, 'adult') },
      ],
    });
    await producer.disconnect();

    await eventually(
      async () => ((await request(service.url).get(`/known-carers/${good}`).set(officer)).status === 200 ? true : undefined),
      20_000,
    );
    const list = await request(service.url).get('/admin/dead-letters').set(admin).expect(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      reason: 'schema-invalid',
      topic: Topics.registrationCarer,
      status: 'parked',
      attempts: 1,
      tenantId: 'E06000054',
    });
    expect(list.body.items[0].error).toMatch(/data\.kind/);
    const parkedId = list.body.items[0].id;

    await request(service.url).get('/admin/dead-letters').set(officer).expect(403);
    const replay = await request(service.url).post(`/admin/dead-letters/${parkedId}/replay`).set(admin).expect(200);
    expect(replay.body).toMatchObject({ status: 'parked', attempts: 2 });
    await request(service.url).post(`/admin/dead-letters/${parkedId}/discard`).set(admin).send({}).expect(400);
    const discarded = await request(service.url)
      .post(`/admin/dead-letters/${parkedId}/discard`)
      .set(admin)
      .send({ reason: 'registration sent an old kind code; fixed upstream' })
      .expect(200);
    expect(discarded.body).toMatchObject({
      status: 'discarded',
      resolvedBy: 'dev-platform-admin',
      resolutionNote: 'registration sent an old kind code; fixed upstream',
    });
    await request(service.url).post('/admin/dead-letters/999999/replay').set(admin).expect(404);
  });

  it('exports consumer lag, dead letters by reason and handler latency as Prometheus metrics', async () => {
    await request(service.url).get('/health/ready').expect(200);
    const metrics = await request(service.url).get('/metrics').expect(200);
    expect(metrics.text).toMatch(/kafka_consumer_lag\{[^}]*topic="registration\.carer\.v1"[^}]*\} 0/);
    expect(metrics.text).toMatch(/dead_letters_total\{[^}]*reason="schema-invalid"[^}]*\} 1/);
    expect(metrics.text).toContain('event_handler_duration_seconds_bucket');
    expect(metrics.text).toContain('events_applied_total');
  });

  it("shows a council's administrator only that council's parked messages, the platform operator every council's, a page at a time", async () => {
    const wiltshire = await bearer({ role: 'platform-admin', tenant: 'E06000054' });
    const herefordshire = await bearer({ role: 'platform-admin', tenant: 'E06000019' });
    const operator = await bearer({ role: 'platform-operator', tenant: 'E06000054' });
    const bad = (tenant: string) =>
      JSON.stringify({
        specversion: '1.0',
        id: randomUUID(),
        source: 'registration',
        type: CarerRegistered.type,
        time: new Date().toISOString(),
        subject: 's',
        datacontenttype: 'application/json',
        tenantid: tenant,
        correlationid: 'scope',
        aggregateversion: 1,
        data: { carerId: randomUUID(), kind: 'cousin', ageBand: '25-49', registeredOn: '2026-11-22' },
      });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: service.prefix + Topics.registrationCarer,
      acks: -1,
      messages: [
        { key: 'h1', value: bad('E06000019') },
        { key: 'h2', value: bad('E06000019') },
        { key: 'w', value: bad('E06000054') },
        { key: 'x', value: 'not json at all' },
      ],
    });
    await producer.disconnect();
    await eventually(
      async () =>
        (await request(service.url).get('/admin/dead-letters?status=all').set(operator)).body.items.length === 5 ? true : undefined,
      20_000,
    );

    const hfd = await request(service.url).get('/admin/dead-letters').set(herefordshire).expect(200);
    expect(hfd.body.items.map((d: { tenantId: string }) => d.tenantId)).toEqual(['E06000019', 'E06000019']);
    const wilts = await request(service.url).get('/admin/dead-letters?status=all').set(wiltshire).expect(200);
    expect(wilts.body.items.every((d: { tenantId: string }) => d.tenantId === 'E06000054')).toBe(true);
    await request(service.url).post(`/admin/dead-letters/${hfd.body.items[0].id}/replay`).set(wiltshire).expect(404);
    await request(service.url)
      .post(`/admin/dead-letters/${hfd.body.items[0].id}/discard`)
      .set(wiltshire)
      .send({ reason: 'not mine' })
      .expect(404);

    const first = await request(service.url).get('/admin/dead-letters?status=all&limit=2').set(operator).expect(200);
    const second = await request(service.url)
      .get(`/admin/dead-letters?status=all&limit=2&after=${first.body.next}`)
      .set(operator)
      .expect(200);
    const third = await request(service.url)
      .get(`/admin/dead-letters?status=all&limit=2&after=${second.body.next}`)
      .set(operator)
      .expect(200);
    expect([first.body.items.length, second.body.items.length, third.body.items.length, third.body.next]).toEqual([2, 2, 1, null]);
    const pages = [...first.body.items, ...second.body.items, ...third.body.items];
    expect(new Set(pages.map((d: { id: string }) => d.id)).size).toBe(5);
    const malformed = await request(service.url).get('/admin/dead-letters?reason=malformed-json').set(operator).expect(200);
    expect(malformed.body.items).toEqual([expect.objectContaining({ reason: 'malformed-json', tenantId: null })]);
    const forWiltshire = await request(service.url).get('/admin/dead-letters?reason=malformed-json').set(wiltshire).expect(200);
    expect(forWiltshire.body.items).toEqual([]);
    await request(service.url).get('/admin/dead-letters?reason=bogus&limit=9999').set(operator).expect(400);
  });

  it('prunes dead letters and inbox entries past their retention, keeping the rest', async () => {
    const db = service.app.get(DataSource);
    const before = (await db.query(`SELECT count(*)::int AS n FROM dead_letter`))[0].n;
    await db.query(`UPDATE dead_letter SET parked_at = now() - interval '31 days' WHERE id = (SELECT min(id) FROM dead_letter)`);
    await db.query(
      `INSERT INTO inbox (consumer, event_id, topic, processed_at) VALUES ('assessments', gen_random_uuid(), 'x', now() - interval '411 days')`,
    );
    const inboxBefore = (await db.query(`SELECT count(*)::int AS n FROM inbox`))[0].n;
    const pruned = await (
      service.app.get(MessagingRetentionJob) as unknown as { tick(): Promise<{ deadLetters: number; inbox: number }> }
    ).tick();
    expect(pruned).toEqual({ deadLetters: 1, inbox: 1 });
    expect((await db.query(`SELECT count(*)::int AS n FROM dead_letter`))[0].n).toBe(before - 1);
    expect((await db.query(`SELECT count(*)::int AS n FROM inbox`))[0].n).toBe(inboxBefore - 1);
  });
});
