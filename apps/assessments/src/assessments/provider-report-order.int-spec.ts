import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import request from 'supertest';
import {
  ProviderAssessmentCommenced,
  ProviderAssessmentCompleted,
  ProviderAssessmentContacted,
  ProviderReviewCompleted,
  ProviderSupportPlanAgreed,
  Topics,
  WELLBEING_DOMAINS,
} from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { bearer, eventMessage, eventually, eventuallyPasses, ServiceUnderTest, startServiceUnderTest, topicFor } from '@carers/testing';
import { AppModule } from '../app.module';
import { knownCarer } from '../assessment-fixtures.test-helpers';
import { ASSESSMENTS } from '../service';
import { REQUIRED_CONTENT } from './domain/required-content';

jest.setTimeout(90_000);

const WILTSHIRE = 'E06000054';
const PROVIDER = 'downs-carers-trust';
const HOLD_LIMIT_SECONDS = 8;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const scores = (n: number) => Object.fromEntries(WELLBEING_DOMAINS.map((d) => [d, n]));
const eligible = {
  necessaryCare: true,
  healthAtRisk: true,
  unableToAchieve: [{ outcome: 'recreation', reason: 'without-assistance' }],
  significantImpact: true,
};

type Report = { type: string; data: Record<string, unknown> };

/** One assessment's reports from the provider's system: the commencement omits the contact date, the completion carries the commencement's. */
const reportsFor = (assessmentId: string): Report[] => {
  const about = { providerId: PROVIDER, assessmentId };
  return [
    { type: ProviderAssessmentContacted.type, data: { ...about, contactedOn: daysAgo(9) } },
    { type: ProviderAssessmentCommenced.type, data: { ...about, commencedOn: daysAgo(7) } },
    {
      type: ProviderAssessmentCompleted.type,
      data: {
        ...about,
        commencedOn: daysAgo(7),
        completedOn: daysAgo(5),
        method: 'phone',
        covered: Object.keys(REQUIRED_CONTENT.carer),
        eligibility: eligible,
      },
    },
    { type: ProviderSupportPlanAgreed.type, data: { ...about, agreedOn: daysAgo(3), directPayment: false, entryScores: scores(2) } },
    {
      type: ProviderReviewCompleted.type,
      data: { ...about, reviewId: randomUUID(), reviewType: 'light-touch', completedOn: daysAgo(1), scores: scores(3) },
    },
  ];
};

describe("a provider system's reports of one assessment, in any order of arrival (issue 19, ADR 0027)", () => {
  let service: ServiceUnderTest;
  let officer: { authorization: string };
  let admin: { authorization: string };
  const kafka = createKafka('report-order-test', () => undefined);
  const producer = kafka.producer();
  const reader = kafka.consumer({ groupId: `report-order-test-${Date.now()}` });
  const rejections: any[] = [];

  const publish = (reports: Report[]) =>
    producer.send({
      topic: service.prefix + topicFor(Topics.providerAssessmentActivity, PROVIDER),
      acks: -1,
      messages: reports.map((r) => eventMessage(r.type, r.data, { key: PROVIDER, source: PROVIDER, tenant: WILTSHIRE })),
    });

  async function requestedAssessment(): Promise<string> {
    const carerId = await knownCarer(service);
    return (
      await request(service.url)
        .post('/assessments')
        .set(officer)
        .send({ carerId, requestedOn: daysAgo(10) })
        .expect(201)
    ).body.id;
  }

  /** What the platform stored of the assessment, as its API shows it: every date, the plan, its reviews and every clock. */
  async function stored(id: string) {
    const a = (await request(service.url).get(`/assessments/${id}`).set(officer).expect(200)).body;
    const plan = await request(service.url).get(`/assessments/${id}/support-plan`).set(officer);
    const clocks = (await request(service.url).get(`/assessments/${id}/clocks`).set(officer).expect(200)).body.clocks;
    return {
      status: a.status,
      dates: [a.requestedOn, a.contactedOn, a.commencedOn, a.completedOn],
      eligible: a.determination?.eligible,
      plan:
        plan.status !== 200
          ? undefined
          : {
              agreedOn: plan.body.agreedOn,
              reviews: plan.body.reviews.map((r: any) => [r.type, r.dueOn, r.completedOn]),
            },
      clocks: clocks
        .map((c: any) => [c.kind, c.startedOn, c.dueOn, c.stoppedOn ?? null])
        .sort((x: string[], y: string[]) => `${x}`.localeCompare(`${y}`)),
    };
  }

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, ASSESSMENTS, {
      CARERS_COUNCILS: WILTSHIRE,
      HELD_EVENTS_LIMIT_SECONDS: String(HOLD_LIMIT_SECONDS),
      HELD_EVENTS_SCAN_SECONDS: '1',
    });
    officer = await bearer({ role: 'council-officer', tenant: WILTSHIRE });
    admin = await bearer({ role: 'platform-admin', tenant: WILTSHIRE });
    await producer.connect();
    await reader.connect();
    await reader.subscribe({ topic: service.prefix + topicFor(Topics.providerRejections, PROVIDER), fromBeginning: true });
    await reader.run({ eachMessage: async ({ message }) => void rejections.push(JSON.parse(message.value!.toString()).data) });
  }, 90_000);
  afterAll(async () => {
    await producer.disconnect();
    await reader.disconnect();
    await service?.stop();
  }, 30_000);

  it('stores the same facts, plan, reviews and clocks for every permutation of the reports: earliest contact kept, a plan or review held until the step it follows', async () => {
    const natural = await requestedAssessment();
    await publish(reportsFor(natural));
    await eventuallyPasses(async () => expect((await stored(natural)).plan?.reviews).toHaveLength(1));
    const expected = await stored(natural);
    expect(expected).toMatchObject({
      status: 'completed',
      dates: [daysAgo(10), daysAgo(9), daysAgo(7), daysAgo(5)],
      eligible: true,
      plan: { agreedOn: daysAgo(3), reviews: [['light-touch', expect.any(String), daysAgo(1)]] },
    });
    expect(expected.clocks).toEqual(
      expect.arrayContaining([
        ['first-contact', daysAgo(10), expect.any(String), daysAgo(9)],
        ['commenced', daysAgo(10), expect.any(String), daysAgo(7)],
        ['plan-after-assessment', daysAgo(5), expect.any(String), daysAgo(3)],
        ['light-touch-review', daysAgo(3), expect.any(String), daysAgo(1)],
      ]),
    );

    const indices = [0, 1, 2, 3, 4];
    const orders = [
      [4, 3, 2, 1, 0],
      [3, 4, 1, 2, 0],
      ...fc.sample(fc.shuffledSubarray(indices, { minLength: indices.length }), { numRuns: 6, seed: 19 }),
    ];
    const ids = await Promise.all(orders.map(() => requestedAssessment()));
    for (const [n, order] of orders.entries()) {
      const reports = reportsFor(ids[n]);
      await publish(order.map((i) => reports[i]));
    }
    for (const [n, id] of ids.entries()) {
      await eventuallyPasses(async () => expect((await stored(id)).plan?.reviews).toHaveLength(1));
      expect({ order: orders[n], ...(await stored(id)) }).toEqual({ order: orders[n], ...expected });
    }
    expect(rejections.filter((r) => ids.includes(r.detail?.match(/assessment ([0-9a-f-]{36})/)?.[1]))).toEqual([]);
  });

  it('applies a held plan once an officer records the completion over HTTP', async () => {
    const id = await requestedAssessment();
    const [, , , plan] = reportsFor(id);
    await publish([plan]);
    await request(service.url)
      .post(`/assessments/${id}/commencement`)
      .set(officer)
      .send({ on: daysAgo(6) })
      .expect(200);
    await request(service.url)
      .post(`/assessments/${id}/completion`)
      .set(officer)
      .send({
        on: daysAgo(5),
        method: 'phone',
        content: Object.fromEntries(Object.keys(REQUIRED_CONTENT.carer).map((k) => [k, `what we found about ${k}`])),
        eligibility: eligible,
      })
      .expect(200);
    await eventuallyPasses(async () => expect((await stored(id)).plan).toMatchObject({ agreedOn: daysAgo(3) }), 15_000);
  });

  it('refuses a plan whose completion never arrives within the hold limit, tells the provider why and what to do, and applies it when replayed after the completion', async () => {
    const id = await requestedAssessment();
    const [, , completed, plan] = reportsFor(id);
    await publish([plan]);
    const refused = await eventually(
      async () => rejections.find((r) => r.reason === 'held-expired' && r.detail.includes(id)),
      (HOLD_LIMIT_SECONDS + 15) * 1000,
    );
    expect(refused).toMatchObject({ providerId: PROVIDER, rejectedEventType: ProviderSupportPlanAgreed.type });
    expect(refused.detail).toContain(`waiting for the completion of assessment ${id}, which never arrived`);
    expect(refused.detail).toContain('publish the step it follows, then this event again');
    await request(service.url).get(`/assessments/${id}/support-plan`).set(officer).expect(404);

    const parked = (await request(service.url).get('/admin/dead-letters?reason=held-expired').set(admin).expect(200)).body.items.find(
      (d: any) => d.error.includes(id),
    );
    expect(parked).toMatchObject({ status: 'parked', eventType: ProviderSupportPlanAgreed.type });
    await publish([completed]);
    await eventuallyPasses(async () => expect((await stored(id)).status).toBe('completed'));
    await request(service.url).post(`/admin/dead-letters/${parked.id}/replay`).set(admin).expect(200);
    expect((await stored(id)).plan).toMatchObject({ agreedOn: daysAgo(3) });
  });
});
