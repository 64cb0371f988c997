import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { AssessmentCommenced, AssessmentRequested, ProviderMonthlyReturn, Topics } from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { bearer, eventMessage, eventually, eventuallyPasses, ServiceUnderTest, startServiceUnderTest, topicFor } from '@carers/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { PERFORMANCE } from '../service';

jest.setTimeout(60_000);

const WILTSHIRE = 'E06000054';
const monthsAgo = (n: number) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 7);
};
const LAST_MONTH = monthsAgo(1);
const MONTH_BEFORE = monthsAgo(2);
const until = (check: () => Promise<unknown>) => eventually(async () => ((await check()) ? true : undefined), 20_000);
const DOWNS_ON_TIME = 'downs-carers-trust|assessment-commenced-14-days';

describe('month close, disputes, relief, monthly returns and the monthly pack', () => {
  let service: ServiceUnderTest;
  let officer: { authorization: string };
  let downs: { authorization: string };
  const kafka = createKafka('periods-test', () => undefined);
  const producer = kafka.producer();
  const reader = kafka.consumer({ groupId: `periods-test-${Date.now()}` });
  /** What the service published on its KPI-status topic, in order. */
  const statuses: { type: string; key: string; data: any; raw: string }[] = [];
  const closedMonth = (key?: string) =>
    statuses.filter((s) => s.type === 'performance.kpi.month-closed' && s.data.period === LAST_MONTH && (!key || s.key === key));

  async function publish(topic: string, type: string, key: string, source: string, data: Record<string, unknown>) {
    await producer.send({
      topic: service.prefix + topicFor(topic, source),
      acks: -1,
      messages: [eventMessage(type, data, { key, source, tenant: WILTSHIRE })],
    });
  }

  async function commenced(providerId: string, day: number, daysToCommence: number, period = LAST_MONTH) {
    const assessmentId = randomUUID();
    const requestedOn = `${period}-${String(day).padStart(2, '0')}`;
    const commencedOn = new Date(Date.parse(requestedOn) + daysToCommence * 86_400_000).toISOString().slice(0, 10);
    const base = { assessmentId, carerId: randomUUID(), providerId, requestedOn, assessmentType: 'carer', fastTrack: false };
    await publish(Topics.assessmentsAssessment, AssessmentRequested.type, assessmentId, 'assessments', {
      ...base,
      route: 'council-officer',
    });
    await publish(Topics.assessmentsAssessment, AssessmentCommenced.type, assessmentId, 'assessments', { ...base, commencedOn });
  }

  const live = async () =>
    (
      await request(service.url)
        .get(`/kpi-values?kpiId=assessment-commenced-14-days&providerId=downs-carers-trust&period=${LAST_MONTH}`)
        .set(officer)
    ).body.values[0];
  const packRow = async () =>
    (await request(service.url).get(`/periods/${LAST_MONTH}/pack`).set(officer)).body.rows.find(
      (r: any) => r.kpiId === 'assessment-commenced-14-days' && r.providerId === 'downs-carers-trust',
    );

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, PERFORMANCE, { CARERS_COUNCILS: WILTSHIRE });
    officer = await bearer({ role: 'council-officer', tenant: WILTSHIRE });
    downs = await bearer({ role: 'provider-worker', tenant: WILTSHIRE, providerId: 'downs-carers-trust' });
    await producer.connect();
    await reader.connect();
    await reader.subscribe({ topic: service.prefix + Topics.performanceKpiStatus, fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => {
        const raw = message.value!.toString();
        const e = JSON.parse(raw);
        statuses.push({ type: e.type, key: message.key!.toString(), data: e.data, raw });
      },
    });
    for (let i = 1; i <= 6; i++) await commenced('downs-carers-trust', i, i <= 3 ? 5 : 20);
    await until(async () => (await live())?.denominator === 6);
  }, 90_000);
  afterAll(async () => {
    await producer.disconnect();
    await reader.disconnect();
    await service?.stop();
  }, 30_000);

  it('takes monthly returns by HTTP and from provider systems, flags late ones, and measures them', async () => {
    const late = await request(service.url)
      .post('/monthly-returns')
      .set(downs)
      .send({ period: LAST_MONTH, measure: 'listened-to-and-respected', value: 4.3, responses: 25 })
      .expect(201);
    expect(late.body).toMatchObject({ providerId: 'downs-carers-trust', late: new Date().getUTCDate() > 10 });
    const mine = (await request(service.url).get(`/kpi-values?kpiId=listened-to-and-respected&period=${LAST_MONTH}`).set(downs)).body
      .values;
    expect(mine).toEqual([expect.objectContaining({ providerId: 'downs-carers-trust', value: 4.3, denominator: 25, status: 'green' })]);
    await request(service.url)
      .post('/monthly-returns')
      .set(downs)
      .send({ period: LAST_MONTH, measure: 'happiness', value: 1, responses: 1 })
      .expect(400);
    await request(service.url)
      .post('/monthly-returns')
      .set(downs)
      .send({ period: new Date().toISOString().slice(0, 7), measure: 'support-groups-run', value: 3, responses: 1 })
      .expect(422);

    await publish(Topics.providerMonthlyReturn, ProviderMonthlyReturn.type, 'vale-family-support', 'vale-family-support', {
      providerId: 'vale-family-support',
      period: LAST_MONTH,
      measure: 'support-groups-run',
      value: 1,
      responses: 1,
    });
    await until(
      async () =>
        (
          await request(service.url)
            .get(`/kpi-values?kpiId=support-groups-run&providerId=vale-family-support&period=${LAST_MONTH}`)
            .set(officer)
        ).body.values[0]?.status === 'red',
    );
  });

  it('freezes last month as provisional, takes a dispute and relief, then confirms, announcing each closed figure; the pack reads the frozen figures', async () => {
    // another council's administrator closes its own council's months only (issue 21, finding 10)
    const herefordshire = await bearer({ role: 'platform-admin', tenant: 'E06000019' });
    expect((await request(service.url).post('/admin/month-close/run').set(herefordshire).expect(200)).body).toEqual({
      provisional: 0,
      confirmed: 0,
    });
    expect((await request(service.url).get(`/periods/${LAST_MONTH}`).set(officer).expect(200)).body.status).toBe('open');
    const admin = await bearer({ role: 'platform-admin', tenant: WILTSHIRE });
    const closed = await request(service.url).post('/admin/month-close/run').set(admin).expect(200);
    expect(closed.body.provisional).toBeGreaterThanOrEqual(1);
    const state = (await request(service.url).get(`/periods/${LAST_MONTH}`).set(downs).expect(200)).body;
    expect(state).toMatchObject({ status: 'provisional', disputeUntil: expect.any(String) });
    expect(await packRow()).toMatchObject({
      value: 50,
      status: 'red',
      breached: true,
      attribution: 'member',
      trend: [null, null, null, null, null, 50],
      directionOfTravel: 'new',
    });
    // every frozen value is announced provisional, keyed like the live values
    const frozen = (await request(service.url).get(`/periods/${LAST_MONTH}/pack`).set(officer)).body.rows.length;
    await eventuallyPasses(() => expect(closedMonth()).toHaveLength(frozen));
    expect(closedMonth(DOWNS_ON_TIME)).toHaveLength(1);
    expect(closedMonth(DOWNS_ON_TIME)[0].data).toMatchObject({
      kpiId: 'assessment-commenced-14-days',
      definitionVersion: 1,
      providerId: 'downs-carers-trust',
      attribution: 'member',
      period: LAST_MONTH,
      value: 50,
      numerator: 3,
      denominator: 6,
      status: 'red',
      breachRule: 'red',
      measuredAt: expect.any(String),
      breached: true,
      closure: 'provisional',
    });
    expect(closedMonth(DOWNS_ON_TIME)[0].data).not.toHaveProperty('clearedBy');
    expect(closedMonth().some((s) => s.key === 'carers-together-consortium|assessment-commenced-14-days')).toBe(true);

    // a late fact changes the live value, not the frozen one, until a dispute about it is upheld
    await commenced('downs-carers-trust', 20, 2);
    await until(async () => (await live())?.denominator === 7);
    expect((await packRow()).value).toBe(50);
    const dispute = await request(service.url)
      .post(`/periods/${LAST_MONTH}/disputes`)
      .set(downs)
      .send({ kpiId: 'assessment-commenced-14-days', reason: 'an assessment commenced on the 22nd was recorded late' })
      .expect(201);
    await request(service.url).post(`/periods/${LAST_MONTH}/confirmation`).set(officer).expect(409);
    await request(service.url)
      .post(`/disputes/${dispute.body.id}/decision`)
      .set(officer)
      .send({ outcome: 'upheld', reason: 'the record shows it' })
      .expect(200);
    expect((await packRow()).value).toBe(57.1);
    // the re-frozen figure is announced again, still provisional and still in breach
    await eventuallyPasses(() => expect(closedMonth(DOWNS_ON_TIME)).toHaveLength(2));
    expect(closedMonth(DOWNS_ON_TIME)[1].data).toMatchObject({
      value: 57.1,
      numerator: 4,
      denominator: 7,
      breached: true,
      closure: 'provisional',
    });

    await request(service.url)
      .post(`/periods/${LAST_MONTH}/reliefs`)
      .set(officer)
      .send({
        providerId: 'downs-carers-trust',
        kpiId: 'assessment-commenced-14-days',
        reason: 'council referral surge after the leaflet drop',
      })
      .expect(201);
    expect(await packRow()).toMatchObject({ breached: false, relief: 'council referral surge after the leaflet drop' });
    // relief takes the breach away: announced again, provisional, for the one figure it covers
    await eventuallyPasses(() => expect(closedMonth(DOWNS_ON_TIME)).toHaveLength(3));
    expect(closedMonth(DOWNS_ON_TIME)[2].data).toMatchObject({
      status: 'red',
      breached: false,
      clearedBy: 'relief',
      closure: 'provisional',
    });
    expect(closedMonth()).toHaveLength(frozen + 2);

    const confirmed = await request(service.url).post(`/periods/${LAST_MONTH}/confirmation`).set(officer).expect(200);
    expect(confirmed.body.status).toBe('confirmed');
    // confirmation announces every frozen value of the month confirmed, relief still applied
    await eventuallyPasses(() => expect(closedMonth().filter((s) => s.data.closure === 'confirmed')).toHaveLength(frozen));
    expect(closedMonth(DOWNS_ON_TIME)[3].data).toMatchObject({ value: 57.1, breached: false, clearedBy: 'relief', closure: 'confirmed' });
    // codes and figures only: the officer's and the provider's reasons stay in performance
    expect(statuses.filter((s) => /leaflet|recorded late|record shows/.test(s.raw))).toEqual([]);
    await request(service.url).post(`/periods/${LAST_MONTH}/reliefs`).set(officer).send({ reason: 'too late' }).expect(409);
    await request(service.url)
      .post('/monthly-returns')
      .set(downs)
      .send({ period: LAST_MONTH, measure: 'support-groups-run', value: 3, responses: 1 })
      .expect(409);

    const csv = await request(service.url).get(`/periods/${LAST_MONTH}/pack.csv`).set(officer).expect(200);
    const [header, ...rows] = parse(csv.text);
    expect(header.slice(0, 12)).toEqual([
      'provider',
      'attribution',
      'kpi',
      'value',
      'numerator',
      'denominator',
      'target',
      'floor',
      'rag',
      'breached',
      'relief',
      'direction_of_travel',
    ]);
    expect(rows.find((r: string[]) => r[0] === 'carers-together-consortium' && r[2] === 'assessment-commenced-14-days')).toBeDefined();
    // the pack says how each of its KPIs is counted, so a reader can recompute a figure (issue 19)
    const pack = (await request(service.url).get(`/periods/${LAST_MONTH}/pack`).set(officer).expect(200)).body;
    expect(pack.definitions.map((d: any) => d.kpiId).sort()).toEqual([...new Set(pack.rows.map((r: any) => r.kpiId))].sort());
    expect(pack.definitions.find((d: any) => d.kpiId === 'assessment-commenced-14-days').explained).toMatchObject({
      numerator: expect.stringContaining('no more than 14 days after the request'),
      countedIn: 'the month of the commencement date',
    });
    await request(service.url).get(`/periods/${LAST_MONTH}/pack`).set(downs).expect(403);
  });

  it('confirms a month by itself once its dispute window has passed with no dispute open, announcing each frozen value confirmed (ADR 0016)', async () => {
    const admin = await bearer({ role: 'platform-admin', tenant: WILTSHIRE });
    const announced = (closure: string) =>
      statuses.filter((s) => s.type === 'performance.kpi.month-closed' && s.data.period === MONTH_BEFORE && s.data.closure === closure);
    for (let i = 1; i <= 5; i++) await commenced('downs-carers-trust', i, 20, MONTH_BEFORE);
    await until(
      async () =>
        (
          await request(service.url)
            .get(`/kpi-values?kpiId=assessment-commenced-14-days&providerId=downs-carers-trust&period=${MONTH_BEFORE}`)
            .set(officer)
        ).body.values[0]?.denominator === 5,
    );
    await request(service.url).post('/admin/month-close/run').set(admin).expect(200);
    expect((await request(service.url).get(`/periods/${MONTH_BEFORE}`).set(downs).expect(200)).body.status).toBe('provisional');
    const frozen = (await request(service.url).get(`/periods/${MONTH_BEFORE}/pack`).set(officer)).body.rows.length;
    await eventuallyPasses(() => expect(announced('provisional')).toHaveLength(frozen));

    // the dispute window passes with no dispute raised: the next month-close run confirms the month
    await service.app
      .get(UnitOfWork)
      .run(WILTSHIRE, (tx) =>
        tx.query(`UPDATE period_close SET dispute_until = provisional_on - 1 WHERE tenant_id = $1 AND period = $2`, [
          tx.tenantId,
          MONTH_BEFORE,
        ]),
      );
    const run = await request(service.url).post('/admin/month-close/run').set(admin).expect(200);
    expect(run.body.confirmed).toBe(1);
    expect((await request(service.url).get(`/periods/${MONTH_BEFORE}`).set(downs).expect(200)).body.status).toBe('confirmed');
    await eventuallyPasses(() => expect(announced('confirmed')).toHaveLength(frozen));
    expect(announced('confirmed').find((s) => s.key === DOWNS_ON_TIME)?.data).toMatchObject({
      period: MONTH_BEFORE,
      value: 0,
      status: 'red',
      breached: true,
      closure: 'confirmed',
    });
  });

  it('keeps RLS on the new tables', async () => {
    const rows = await service.app.get(DataSource).query(`SELECT count(*)::int AS n FROM closed_value`);
    expect(rows[0].n).toBe(0);
  });
});
