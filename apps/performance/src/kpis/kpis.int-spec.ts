import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  AssessmentClosed,
  AssessmentCommenced,
  AssessmentRequested,
  CarerDeregistered,
  CarerRegistered,
  EmergencyPlanCreated,
  ProviderAllocated,
  Topics,
} from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { bearer, eventMessage, eventually, eventuallyPasses, ServiceUnderTest, startServiceUnderTest } from '@carers/testing';
import { AppModule } from '../app.module';
import { PERFORMANCE } from '../service';

jest.setTimeout(60_000);

const WILTSHIRE = 'E06000054';

describe('KPIs measured continuously from the work', () => {
  let service: ServiceUnderTest;
  let officer: { authorization: string };
  const kafka = createKafka('performance-test', () => undefined);
  const producer = kafka.producer();
  const reader = kafka.consumer({ groupId: `performance-test-${Date.now()}` });
  const statuses: { type: string; key: string; data: any }[] = [];

  async function publish(type: string, key: string, data: Record<string, unknown>) {
    await producer.send({
      topic: service.prefix + Topics.assessmentsAssessment,
      acks: -1,
      messages: [eventMessage(type, data, { key, source: 'assessments', tenant: WILTSHIRE })],
    });
  }

  /** An assessment delegated to a provider, requested on a day and commenced a number of days later. */
  async function assessment(providerId: string, requestedOn: string, daysToCommence: number) {
    const assessmentId = randomUUID();
    const carerId = randomUUID();
    const commencedOn = new Date(Date.parse(requestedOn) + daysToCommence * 86_400_000).toISOString().slice(0, 10);
    await publish(AssessmentRequested.type, assessmentId, {
      assessmentId,
      carerId,
      assessmentType: 'carer',
      route: 'council-officer',
      fastTrack: false,
      providerId,
      requestedOn,
    });
    await publish(AssessmentCommenced.type, assessmentId, {
      assessmentId,
      carerId,
      assessmentType: 'carer',
      fastTrack: false,
      providerId,
      requestedOn,
      commencedOn,
    });
    return assessmentId;
  }

  const value = async (kpiId: string, providerId: string, period: string) =>
    (await request(service.url).get(`/kpi-values?kpiId=${kpiId}&providerId=${providerId}&period=${period}`).set(officer)).body.values[0];

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, PERFORMANCE);
    officer = await bearer({ role: 'council-officer', tenant: WILTSHIRE });
    await producer.connect();
    await reader.connect();
    await reader.subscribe({ topic: service.prefix + Topics.performanceKpiStatus, fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => {
        const e = JSON.parse(message.value!.toString());
        statuses.push({ type: e.type, key: message.key!.toString(), data: e.data });
      },
    });
  }, 90_000);
  afterAll(async () => {
    await producer.disconnect();
    await reader.disconnect();
    await service?.stop();
  }, 30_000);

  it('measures a provider falling behind on assessments commenced within 14 days, breaches, then recovers', async () => {
    // commenced in October: 5 of 6 late for Downs Carers Trust -> 16.7%, red (floor 80%)
    for (let i = 0; i < 6; i++) await assessment('downs-carers-trust', `2026-09-${String(20 + i).padStart(2, '0')}`, i === 5 ? 10 : 20);
    await eventuallyPasses(async () =>
      expect((await value('assessment-commenced-14-days', 'downs-carers-trust', '2026-10'))?.denominator).toBe(6),
    );
    expect(await value('assessment-commenced-14-days', 'downs-carers-trust', '2026-10')).toMatchObject({
      value: 16.7,
      numerator: 1,
      status: 'red',
      breached: true,
      definitionVersion: 1,
    });
    await eventuallyPasses(() =>
      expect(
        statuses.filter((s) => s.type === 'performance.kpi.breached' && s.key === 'downs-carers-trust|assessment-commenced-14-days'),
      ).toHaveLength(1),
    );
    // the consortium is measured over all three members
    expect(await value('assessment-commenced-14-days', 'carers-together-consortium', '2026-10')).toMatchObject({
      attribution: 'consortium',
      denominator: 6,
    });

    // 24 more on time in October: 25 of 30 = 83.3%, amber, out of breach
    for (let i = 0; i < 24; i++) await assessment('downs-carers-trust', '2026-10-01', 5);
    await eventuallyPasses(async () =>
      expect((await value('assessment-commenced-14-days', 'downs-carers-trust', '2026-10'))?.denominator).toBe(30),
    );
    expect(await value('assessment-commenced-14-days', 'downs-carers-trust', '2026-10')).toMatchObject({
      value: 83.3,
      status: 'amber',
      breached: false,
    });
    await eventuallyPasses(() =>
      expect(statuses.filter((s) => s.key === 'downs-carers-trust|assessment-commenced-14-days').map((s) => s.type)).toContain(
        'performance.kpi.recovered',
      ),
    );
    const order = statuses
      .filter((s) => s.key === 'downs-carers-trust|assessment-commenced-14-days' && s.type !== 'performance.kpi.measured')
      .map((s) => s.type);
    expect(order).toEqual(['performance.kpi.breached', 'performance.kpi.recovered']);
  });

  it("moves a step's date earlier when assessments announces an earlier date a provider reported late, never later (issue 19)", async () => {
    // five requested on 1 May and commenced on 25 May: none within 14 days
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await assessment('vale-family-support', '2026-05-01', 24));
    await eventuallyPasses(async () =>
      expect(await value('assessment-commenced-14-days', 'vale-family-support', '2026-05')).toMatchObject({ numerator: 0, denominator: 5 }),
    );
    const commenced = (assessmentId: string, commencedOn: string) =>
      publish(AssessmentCommenced.type, assessmentId, {
        assessmentId,
        carerId: randomUUID(),
        assessmentType: 'carer',
        fastTrack: false,
        providerId: 'vale-family-support',
        requestedOn: '2026-05-01',
        commencedOn,
      });
    // the provider's earlier report of three of them arrives late: commenced on 8 May; a later date changes nothing
    for (const id of ids.slice(0, 3)) await commenced(id, '2026-05-08');
    await commenced(ids[3], '2026-05-29');
    await eventuallyPasses(async () =>
      expect(await value('assessment-commenced-14-days', 'vale-family-support', '2026-05')).toMatchObject({ numerator: 3, denominator: 5 }),
    );
  });

  it('describes every KPI, to a provider too, in words and fields it can recompute its figure from (issue 19)', async () => {
    const vale = await bearer({ role: 'provider-worker', tenant: WILTSHIRE, providerId: 'vale-family-support' });
    const { kpis } = (await request(service.url).get('/kpis').set(vale).expect(200)).body;
    expect(kpis.length).toBeGreaterThan(5);
    for (const k of kpis) expect(k.explained).toMatchObject({ inWords: expect.stringContaining(k.name), denominator: expect.any(String) });
    expect(kpis.find((k: any) => k.id === 'median-wait-to-commence').explained).toMatchObject({
      dayBasis: expect.stringContaining('calendar days from the request date to the commencement date'),
      percentileMethod: expect.stringContaining('PERCENTILE.INC'),
      minimumDenominator: expect.stringContaining('fewer than 5'),
    });
    const [first] = (await request(service.url).get('/kpis/first-contact-10-days/versions').set(officer).expect(200)).body.versions;
    expect(first.explained.numerator).toBe('requests whose first contact came no more than 10 days after the request');
  });

  it('takes a request off the waiting list when assessments closes it because its carer left the register (issue 19)', async () => {
    const requested = async () => {
      const assessmentId = randomUUID();
      await publish(AssessmentRequested.type, assessmentId, {
        assessmentId,
        carerId: randomUUID(),
        assessmentType: 'carer',
        route: 'council-officer',
        fastTrack: false,
        providerId: 'vale-family-support',
        requestedOn: '2026-02-10',
      });
      return assessmentId;
    };
    const ids = [await requested(), await requested(), await requested()];
    await eventuallyPasses(async () =>
      expect(await value('waiting-list-size', 'vale-family-support', '2026-03')).toMatchObject({ value: 3 }),
    );
    await publish(AssessmentClosed.type, ids[0], {
      assessmentId: ids[0],
      carerId: randomUUID(),
      providerId: 'vale-family-support',
      requestedOn: '2026-02-10',
      closedOn: '2026-03-04',
      reason: 'died',
    });
    await eventuallyPasses(async () =>
      expect(await value('waiting-list-size', 'vale-family-support', '2026-03')).toMatchObject({ value: 2 }),
    );
    // still waiting at the end of February, when the carer was on the register
    expect(await value('waiting-list-size', 'vale-family-support', '2026-02')).toMatchObject({ value: 3 });
  });

  it('counts its measurement worker in readiness, up while its rounds succeed', async () => {
    const ready = await eventually(async () => {
      const res = await request(service.url).get('/health/ready');
      return res.status === 200 ? res : undefined;
    }, 30_000);
    expect(ready.body.checks['kpi-measurement']).toBe('up');
  });

  it("measures GP consent and emergency plans among each provider's carers from registration's events", async () => {
    const month = new Date().toISOString().slice(0, 7);
    const carers = Array.from({ length: 6 }, () => randomUUID());
    const send = (topic: string, type: string, carerId: string, data: Record<string, unknown>) =>
      producer.send({
        topic: service.prefix + topic,
        acks: -1,
        messages: [eventMessage(type, { carerId, ...data }, { key: carerId, source: 'registration', tenant: WILTSHIRE })],
      });
    for (const [i, carerId] of carers.entries()) {
      await send(Topics.registrationCarer, CarerRegistered.type, carerId, {
        kind: 'adult',
        ageBand: '50-64',
        providerId: 'vale-family-support',
        registeredOn: `${month}-01`,
        gpConsent: i < 4,
      });
    }
    await send(Topics.registrationEmergencyPlan, EmergencyPlanCreated.type, carers[0], {
      planId: randomUUID(),
      providerId: 'vale-family-support',
      contactCount: 2,
      createdOn: `${month}-02`,
      reviewDueOn: '2030-01-01',
    });
    await send(Topics.registrationEmergencyPlan, EmergencyPlanCreated.type, carers[5], {
      planId: randomUUID(),
      providerId: 'vale-family-support',
      contactCount: 2,
      createdOn: `${month}-02`,
      reviewDueOn: '2030-01-01',
    });
    // one moves to another provider, one leaves the register
    await send(Topics.registrationCarer, ProviderAllocated.type, carers[1], {
      providerId: 'downs-carers-trust',
      previousProviderId: 'vale-family-support',
      allocatedOn: `${month}-03`,
    });
    await send(Topics.registrationCarer, CarerDeregistered.type, carers[2], {
      reason: 'moved-away',
      providerId: 'vale-family-support',
      deregisteredOn: `${month}-04`,
    });
    // of the four Vale still supports, two gave GP consent and two have a plan
    await eventuallyPasses(async () =>
      expect(await value('emergency-plans-in-place', 'vale-family-support', month)).toMatchObject({ numerator: 2, denominator: 4 }),
    );
    await eventuallyPasses(async () =>
      expect(await value('gp-consent-recorded', 'vale-family-support', month)).toMatchObject({ numerator: 2, denominator: 4, value: 50 }),
    );
  });

  it('re-evaluates later months when an earlier month changes, under a rule that looks back ("2 consecutive months")', async () => {
    const vale = await bearer({ role: 'provider-worker', tenant: WILTSHIRE, providerId: 'vale-family-support' });
    const groups = async (period: string) =>
      (await request(service.url).get(`/kpi-values?kpiId=support-groups-run&period=${period}`).set(vale)).body.values[0];
    await request(service.url)
      .post('/monthly-returns')
      .set(vale)
      .send({ period: '2026-07', measure: 'support-groups-run', value: 1, responses: 1 })
      .expect(201);
    await request(service.url)
      .post('/monthly-returns')
      .set(vale)
      .send({ period: '2026-08', measure: 'support-groups-run', value: 1, responses: 1 })
      .expect(201);
    expect([(await groups('2026-07')).breached, (await groups('2026-08')).breached]).toEqual([false, true]);
    // July's return corrected: August is no longer the second red month in a row
    await request(service.url)
      .post('/monthly-returns')
      .set(vale)
      .send({ period: '2026-07', measure: 'support-groups-run', value: 5, responses: 1 })
      .expect(201);
    expect(await groups('2026-07')).toMatchObject({ status: 'green', breached: false });
    expect(await groups('2026-08')).toMatchObject({ status: 'red', breached: false });
    await eventuallyPasses(() =>
      expect(
        statuses
          .filter((s) => s.key === 'vale-family-support|support-groups-run' && s.type !== 'performance.kpi.measured')
          .map((s) => [s.type, s.data.period]),
      ).toEqual([
        ['performance.kpi.breached', '2026-08'],
        ['performance.kpi.recovered', '2026-08'],
      ]),
    );
  });

  it('shows a provider worker its own values only', async () => {
    const vale = await bearer({ role: 'provider-worker', tenant: WILTSHIRE, providerId: 'vale-family-support' });
    const own = (await request(service.url).get('/kpi-values?period=2026-10').set(vale).expect(200)).body.values;
    expect(own.every((v: any) => v.providerId === 'vale-family-support')).toBe(true);
    expect((await request(service.url).get('/kpi-values?providerId=downs-carers-trust').set(vale).expect(200)).body.values).toEqual([]);
    const board = await bearer({ role: 'board-member', tenant: WILTSHIRE });
    expect(
      (await request(service.url).get('/kpi-values?providerId=downs-carers-trust').set(board).expect(200)).body.values.length,
    ).toBeGreaterThan(0);
  });

  it('versions every change to a KPI and refuses an unsound one with reasons', async () => {
    const current = (await request(service.url).get('/kpis').set(officer).expect(200)).body.kpis.find(
      (k: any) => k.id === 'first-contact-10-days',
    );
    // the version and the definition in words are the platform's to give, not the officer's to send
    const body = Object.fromEntries(Object.entries(current).filter(([k]) => k !== 'version' && k !== 'explained'));
    const changed = await request(service.url)
      .put('/kpis/first-contact-10-days')
      .set(officer)
      .send({ ...body, target: 95 })
      .expect(200);
    expect(changed.body).toMatchObject({ version: 2, target: 95 });
    const bad = await request(service.url)
      .put('/kpis/first-contact-10-days')
      .set(officer)
      .send({ ...body, floor: 99 })
      .expect(400);
    expect(bad.body).toMatchObject({
      code: 'invalid-kpi',
      violations: [{ field: 'floor', reason: 'for a higher-is-better KPI the floor cannot be above the target' }],
    });
    const stranger = await request(service.url)
      .put('/kpis/first-contact-10-days')
      .set(officer)
      .send({ ...body, providerTargets: [{ providerId: 'nobody-we-commission', target: 80, floor: 70 }] })
      .expect(400);
    expect(stranger.body.violations).toEqual([
      { field: 'providerTargets[0].providerId', reason: 'nobody-we-commission is not a provider the council commissions' },
    ]);
    const unknown = await request(service.url)
      .post('/kpis')
      .set(officer)
      .send({ ...body, id: 'vibes', formula: 'vibes' })
      .expect(400);
    expect(JSON.stringify(unknown.body)).toContain('formula');
    const versions = (await request(service.url).get('/kpis/first-contact-10-days/versions').set(officer).expect(200)).body.versions;
    expect(versions.map((v: any) => [v.version, v.target])).toEqual([
      [1, 90],
      [2, 95],
    ]);
    await request(service.url)
      .put('/kpis/first-contact-10-days')
      .set(await bearer({ role: 'board-member', tenant: WILTSHIRE }))
      .send(body)
      .expect(403);
  });
});
