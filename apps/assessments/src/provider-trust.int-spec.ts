import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CarerRegistered, ProviderAssessmentContacted, providerTopic, Topics } from '@carers/contracts';
import {
  bearer,
  eventIdOf,
  eventMessage,
  eventually,
  parkedMessages,
  providerKafka,
  publish,
  ServiceUnderTest,
  startServiceUnderTest,
  untilApplied,
} from '@carers/testing';
import { Kafka } from '@carers/platform/messaging';
import { AppModule } from './app.module';
import { ASSESSMENTS } from './service';

// ADR 0014: the provider trust boundary, tried as outside provider systems would, with their own broker credentials
const WILTSHIRE = 'E06000054';
const HEREFORDSHIRE = 'E06000019';
const [DOWNS, VALE] = ['downs-carers-trust', 'vale-family-support'];
const activity = (providerId: string) => providerTopic(Topics.providerAssessmentActivity, providerId);
const rejections = (providerId: string) => providerTopic(Topics.providerRejections, providerId);
const today = () => new Date().toISOString().slice(0, 10);

describe('assessments: every provider event is bound to the provider that sent it (ADR 0014)', () => {
  let service: ServiceUnderTest;
  let downs: Kafka;
  let vale: Kafka;
  const seen: Record<string, { reason: string; detail: string; rejectedEventId?: string; topic: string; providerId: string }[]> = {
    [DOWNS]: [],
    [VALE]: [],
  };
  const readers: ReturnType<Kafka['consumer']>[] = [];

  async function send(as: Kafka, topic: string, messages: { key: string; value: string }[]) {
    const producer = as.producer();
    await producer.connect();
    try {
      await producer.send({ topic: service.prefix + topic, acks: -1, messages });
    } finally {
      await producer.disconnect();
    }
  }

  async function delegatedTo(providerId: string): Promise<string> {
    const carerId = randomUUID();
    const carer = eventMessage(
      CarerRegistered.type,
      { carerId, kind: 'adult', ageBand: '50-64', providerId, registeredOn: '2026-11-02' },
      { key: carerId, source: 'registration', tenant: WILTSHIRE },
    );
    await publish(service, Topics.registrationCarer, [carer]);
    await untilApplied(service, [eventIdOf(carer)]);
    const officer = await bearer({ role: 'council-officer', tenant: WILTSHIRE });
    return (await request(service.url).post('/assessments').set(officer).send({ carerId, providerId }).expect(201)).body.id;
  }

  const assessment = async (id: string) =>
    (
      await request(service.url)
        .get(`/assessments/${id}`)
        .set(await bearer({ role: 'council-officer', tenant: WILTSHIRE }))
        .expect(200)
    ).body;
  const contacted = (providerId: string, assessmentId: string, as = providerId, tenant = WILTSHIRE) =>
    eventMessage(ProviderAssessmentContacted.type, { providerId, assessmentId, contactedOn: today() }, { key: as, source: as, tenant });

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, ASSESSMENTS, { CLOCK_SCAN_SECONDS: '3600' });
    [downs, vale] = [await providerKafka(service.prefix, DOWNS), await providerKafka(service.prefix, VALE)];
    for (const [providerId, kafka] of [
      [DOWNS, downs],
      [VALE, vale],
    ] as const) {
      const reader = kafka.consumer({ groupId: `${service.prefix}${providerId}.rejections` });
      await reader.connect();
      await reader.subscribe({ topic: service.prefix + rejections(providerId), fromBeginning: true });
      await reader.run({
        eachMessage: async ({ message }) => {
          seen[providerId].push(JSON.parse(message.value!.toString()).data);
        },
      });
      readers.push(reader);
    }
  }, 120_000);
  afterAll(async () => {
    for (const r of readers) await r.disconnect();
    await service?.stop();
  }, 30_000);

  it("lets the broker refuse a provider writing another provider's topic, reading its rejections or forging its own", async () => {
    await expect(send(vale, activity(DOWNS), [contacted(DOWNS, randomUUID())])).rejects.toThrow(/authoriz/i);
    await expect(send(vale, rejections(VALE), [{ key: VALE, value: '{}' }])).rejects.toThrow(/authoriz/i);
    const snoop = vale.consumer({ groupId: `${service.prefix}${VALE}.snoop` });
    await snoop.connect();
    try {
      await expect(
        snoop
          .subscribe({ topic: service.prefix + rejections(DOWNS), fromBeginning: true })
          .then(() => snoop.run({ eachMessage: async () => undefined })),
      ).rejects.toThrow(/authoriz/i);
    } finally {
      await snoop.disconnect();
    }
    // and a group named after another provider is not its to use
    const squatter = vale.consumer({ groupId: `${service.prefix}${DOWNS}.rejections-2` });
    await squatter.connect();
    try {
      await squatter.subscribe({ topic: service.prefix + rejections(VALE), fromBeginning: true });
      await expect(
        new Promise((resolve, reject) => {
          squatter.on(squatter.events.CRASH, (e) => reject(e.payload.error));
          void squatter.run({ eachMessage: async () => undefined }).catch(reject);
          setTimeout(resolve, 10_000);
          // kafkajs reports FindCoordinator's GROUP_AUTHORIZATION_FAILED as "Failed to find group coordinator"
        }),
      ).rejects.toThrow(/authoriz|group coordinator/i);
    } finally {
      await squatter.disconnect();
    }
  }, 60_000);

  it('refuses, as wrong-sender, a report on its own topic about an assessment delegated to another, whatever the fields claim', async () => {
    const theirs = await delegatedTo(DOWNS);
    const forged = contacted(DOWNS, theirs, DOWNS); // source and providerId both say downs-carers-trust; it comes on vale's topic
    await send(vale, activity(VALE), [forged]);

    const rejection = await eventually(async () => seen[VALE].find((r) => r.rejectedEventId === eventIdOf(forged)), 30_000);
    expect(rejection).toMatchObject({ providerId: VALE, reason: 'wrong-sender', topic: activity(VALE) });
    expect(rejection.detail).toMatch(/came on vale-family-support's topic/);
    const untouched = await assessment(theirs);
    expect({ status: untouched.status, contactedOn: untouched.contactedOn }).toEqual({ status: 'requested', contactedOn: undefined });
    expect((await parkedMessages(service)).filter((p) => p.event_id === eventIdOf(forged)).map((p) => [p.topic, p.reason])).toEqual([
      [activity(VALE), 'wrong-sender'],
    ]);
    expect(seen[DOWNS].filter((r) => r.rejectedEventId === eventIdOf(forged))).toEqual([]);
  }, 60_000);

  it("refuses, as wrong-tenant, a report for a council whose contract the sender does not hold, before any council's data is touched", async () => {
    const forged = contacted(DOWNS, randomUUID(), DOWNS, HEREFORDSHIRE);
    await send(downs, activity(DOWNS), [forged]);
    const rejection = await eventually(async () => seen[DOWNS].find((r) => r.rejectedEventId === eventIdOf(forged)), 30_000);
    expect(rejection).toMatchObject({ providerId: DOWNS, reason: 'wrong-tenant' });
    expect(rejection.detail).toMatch(/no contract with council E06000019; it may report only for E06000054/);
  }, 60_000);

  it("deduplicates per sender: an event id another provider used first does not make a provider's genuine event a duplicate", async () => {
    const [mine, theirs] = [await delegatedTo(VALE), await delegatedTo(DOWNS)];
    const genuine = contacted(DOWNS, theirs);
    const squat = JSON.stringify({ ...JSON.parse(contacted(VALE, mine).value), id: eventIdOf(genuine) });
    await send(vale, activity(VALE), [{ key: VALE, value: squat }]);
    await eventually(async () => ((await assessment(mine)).contactedOn ? true : undefined), 30_000);

    await send(downs, activity(DOWNS), [genuine]);
    await eventually(async () => ((await assessment(theirs)).contactedOn === today() ? true : undefined), 30_000);
    const inbox = await service.app
      .get(DataSource)
      .query(`SELECT sender FROM inbox WHERE event_id = $1 ORDER BY sender`, [eventIdOf(genuine)]);
    expect(inbox.map((r: { sender: string }) => r.sender)).toEqual([DOWNS, VALE]);
  }, 60_000);
});
