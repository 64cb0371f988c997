import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { CarerRegistered, Topics } from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
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
    const envelope = (carerId: string, kind: string) => JSON.stringify({
      specversion: '1.0', id: randomUUID(), source: 'registration', type: CarerRegistered.type, time: new Date().toISOString(),
      subject: carerId, datacontenttype: 'application/json', tenantid: 'E06000054', correlationid: 'dl-test', aggregateversion: 1,
      data: { carerId, kind, ageBand: '25-49', registeredOn: '2026-11-22' },
    });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: service.prefix + Topics.registrationCarer, acks: -1, messages: [
      { key: 'bad', value: envelope(randomUUID(), 'sibling') },
      { key: 'bad', value: envelope(good, 'adult') },
    ] });
    await producer.disconnect();

    await eventually(async () => ((await request(service.url).get(`/known-carers/${good}`).set(officer)).status === 200 ? true : undefined), 20_000);
    const list = await request(service.url).get('/admin/dead-letters').set(admin).expect(200);
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({ reason: 'schema-invalid', topic: Topics.registrationCarer, status: 'parked', attempts: 1 });
    expect(list.body[0].error).toMatch(/data\.kind/);

    await request(service.url).get('/admin/dead-letters').set(officer).expect(403);
    const replay = await request(service.url).post(`/admin/dead-letters/${list.body[0].id}/replay`).set(admin).expect(200);
    expect(replay.body).toMatchObject({ status: 'parked', attempts: 2 });
    await request(service.url).post(`/admin/dead-letters/${list.body[0].id}/discard`).set(admin).send({}).expect(400);
    const discarded = await request(service.url).post(`/admin/dead-letters/${list.body[0].id}/discard`).set(admin).send({ reason: 'registration sent an old kind code; fixed upstream' }).expect(200);
    expect(discarded.body).toMatchObject({ status: 'discarded', resolvedBy: 'dev-platform-admin', resolutionNote: 'registration sent an old kind code; fixed upstream' });
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
});
