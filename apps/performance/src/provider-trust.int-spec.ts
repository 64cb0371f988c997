import request from 'supertest';
import { ProviderMonthlyReturn, providerTopic, Topics } from '@carers/contracts';
import {
  bearer,
  eventIdOf,
  eventMessage,
  eventually,
  providerKafka,
  ServiceUnderTest,
  startServiceUnderTest,
  untilApplied,
} from '@carers/testing';
import { Kafka } from '@carers/platform/messaging';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { PERFORMANCE } from './service';

// ADR 0014: a monthly return moves KPIs and so service credits; only the provider whose contract it is may make it
const HEREFORDSHIRE = 'E06000019';
const [HUB, VALE] = ['hfd-carers-hub', 'vale-family-support'];
const lastMonth = () => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
const returns = (providerId: string) => providerTopic(Topics.providerMonthlyReturn, providerId);

describe('performance: a monthly return is bound to the provider that sent it and its own councils (ADR 0014)', () => {
  let service: ServiceUnderTest;
  let hub: Kafka;
  let vale: Kafka;
  const rejected: { reason: string; rejectedEventId?: string }[] = [];
  let reader: ReturnType<Kafka['consumer']>;

  async function send(as: Kafka, topic: string, messages: { key: string; value: string }[]) {
    const producer = as.producer();
    await producer.connect();
    try {
      await producer.send({ topic: service.prefix + topic, acks: -1, messages });
    } finally {
      await producer.disconnect();
    }
  }
  const groupsRun = (providerId: string, value: number, as = providerId, tenant = HEREFORDSHIRE) =>
    eventMessage(
      ProviderMonthlyReturn.type,
      { providerId, period: lastMonth(), measure: 'support-groups-run', value, responses: 1 },
      { key: as, source: as, tenant },
    );
  const hubFigure = async () =>
    (
      await request(service.url)
        .get(`/kpi-values?kpiId=support-groups-run&providerId=${HUB}&period=${lastMonth()}`)
        .set(await bearer({ role: 'council-officer', tenant: HEREFORDSHIRE }))
        .expect(200)
    ).body.values[0]?.value;

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, PERFORMANCE);
    [hub, vale] = [await providerKafka(service.prefix, HUB), await providerKafka(service.prefix, VALE)];
    reader = vale.consumer({ groupId: `${service.prefix}${VALE}.rejections` });
    await reader.connect();
    await reader.subscribe({ topic: service.prefix + providerTopic(Topics.providerRejections, VALE), fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => {
        rejected.push(JSON.parse(message.value!.toString()).data);
      },
    });
  }, 120_000);
  afterAll(async () => {
    await reader?.disconnect();
    await service?.stop();
  }, 30_000);

  it("refuses a Wiltshire member's forged return for Herefordshire's provider, and one in its own name for a council it has no contract with; the genuine figure stands", async () => {
    const genuine = groupsRun(HUB, 6);
    await send(hub, returns(HUB), [genuine]);
    await untilApplied(service, [eventIdOf(genuine)]);
    expect(await hubFigure()).toBe(6);

    const asTheHub = groupsRun(HUB, 0, HUB); // every field says hfd-carers-hub; it comes on vale's topic
    const asItself = groupsRun(VALE, 0, VALE);
    await send(vale, returns(VALE), [asTheHub, asItself]);

    const reasons = await eventually(async () => {
      const mine = [asTheHub, asItself].map((m) => rejected.find((r) => r.rejectedEventId === eventIdOf(m))?.reason);
      return mine.every(Boolean) ? mine : undefined;
    }, 30_000);
    expect(reasons).toEqual(['wrong-sender', 'wrong-tenant']);
    expect(await hubFigure()).toBe(6);
  }, 60_000);

  it('onboards a new provider as data: the operator records its contract, and its system then reports with its own credentials, no code changed', async () => {
    const NEWCOMER = `new-member-${Date.now().toString(36)}`;
    const operator = await bearer({ role: 'platform-operator', tenant: 'E06000054' });
    const contract = { name: 'New Carers Org', consortiumId: 'carers-together-consortium', role: 'member' };
    await request(service.url)
      .put(`/admin/providers/${NEWCOMER}/councils/E06000054`)
      .set(await bearer({ role: 'platform-admin', tenant: 'E06000054' }))
      .send(contract)
      .expect(403);
    const bad = await request(service.url).put(`/admin/providers/New%20Org/councils/E06000054`).set(operator).send(contract).expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/providerId/);
    await request(service.url)
      .put(`/admin/providers/${NEWCOMER}/councils/E06000054`)
      .set(operator)
      .send({ ...contract, consortiumId: 'no-such-consortium' })
      .expect(422);
    await request(service.url).put(`/admin/providers/${NEWCOMER}/councils/E06000054`).set(operator).send(contract).expect(200);
    const listed = (await request(service.url).get('/admin/providers?councilId=E06000054').set(operator).expect(200)).body.providers;
    expect(listed).toContainEqual({
      providerId: NEWCOMER,
      name: 'New Carers Org',
      consortiumId: 'carers-together-consortium',
      role: 'member',
      active: true,
    });

    const newcomer = await providerKafka(service.prefix, NEWCOMER);
    const first = eventMessage(
      ProviderMonthlyReturn.type,
      { providerId: NEWCOMER, period: lastMonth(), measure: 'support-groups-run', value: 2, responses: 1 },
      { key: NEWCOMER, source: NEWCOMER, tenant: 'E06000054' },
    );
    await send(newcomer, returns(NEWCOMER), [first]);
    await untilApplied(service, [eventIdOf(first)], 60_000);

    // the contract ends: from the moment the registry says so, its returns for that council are refused
    const ended = await request(service.url).delete(`/admin/providers/${NEWCOMER}/councils/E06000054`).set(operator).expect(200);
    expect(ended.body).toMatchObject({ providerId: NEWCOMER, active: false });
    const ds = service.app.get(DataSource);
    await eventually(
      async () =>
        (await ds.query(`SELECT active FROM trusted_provider WHERE provider_id = $1`, [NEWCOMER]))[0]?.active === false ? true : undefined,
      30_000,
    );
    const late = eventMessage(
      ProviderMonthlyReturn.type,
      { providerId: NEWCOMER, period: lastMonth(), measure: 'support-groups-run', value: 9, responses: 1 },
      { key: NEWCOMER, source: NEWCOMER, tenant: 'E06000054' },
    );
    await send(newcomer, returns(NEWCOMER), [late]);
    await eventually(
      async () =>
        (await ds.query(`SELECT reason FROM dead_letter WHERE event_id = $1`, [eventIdOf(late)]))[0]?.reason === 'wrong-tenant'
          ? true
          : undefined,
      30_000,
    );
    await request(service.url).delete(`/admin/providers/never-onboarded/councils/E06000054`).set(operator).expect(404);
  }, 120_000);
});
