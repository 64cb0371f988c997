import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  CarerRegistered,
  CaringRelationshipStarted,
  CouncilClosureDayAdded,
  CouncilClosureDayRemoved,
  ProviderAssessmentCommenced,
  ProviderAssessmentCompleted,
  ProviderAssessmentContacted,
  Topics,
  WELLBEING_DOMAINS,
  YoungCarerTransitionDue,
} from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { bearer, eventMessage, eventually, eventuallyPasses, ServiceUnderTest, startServiceUnderTest, topicFor } from '@carers/testing';
import { AppModule } from '../app.module';
import { ASSESSMENTS } from '../service';
import { ClockDeadlinesJob } from './application/clock-deadlines.job';
import { REQUIRED_CONTENT } from './domain/required-content';

jest.setTimeout(60_000);

const WILTSHIRE = 'E06000054';
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const TODAY = daysAgo(0);
const scores = (n: number) => Object.fromEntries(WELLBEING_DOMAINS.map((d) => [d, n]));
const content = (type: keyof typeof REQUIRED_CONTENT) =>
  Object.fromEntries(Object.keys(REQUIRED_CONTENT[type]).map((k) => [k, `what we found about ${k}`]));
const eligibility = {
  necessaryCare: true,
  healthAtRisk: true,
  unableToAchieve: [{ outcome: 'recreation', reason: 'without-assistance' }],
  significantImpact: true,
};

describe('statutory assessments', () => {
  let service: ServiceUnderTest;
  let officer: { authorization: string };
  const kafka = createKafka('assessments-test', () => undefined);
  const producer = kafka.producer();
  const reader = kafka.consumer({ groupId: `assessments-test-${Date.now()}` });
  const seen: { topic: string; type: string; data: any; raw: string; key?: string }[] = [];
  const about = (id: string) => seen.filter((e) => e.raw.includes(id));

  async function publish(topic: string, type: string, data: Record<string, unknown>, source: string, key: string) {
    await producer.send({
      topic: service.prefix + topicFor(topic, source),
      acks: -1,
      messages: [eventMessage(type, data, { key, source, tenant: WILTSHIRE })],
    });
  }

  async function knownCarer(kind = 'adult', providerId = 'downs-carers-trust', extra: Record<string, unknown> = {}): Promise<string> {
    const carerId = randomUUID();
    await publish(
      Topics.registrationCarer,
      CarerRegistered.type,
      { carerId, kind, ageBand: kind === 'young' ? '0-17' : '50-64', providerId, registeredOn: daysAgo(30), ...extra },
      'registration',
      carerId,
    );
    await eventually(
      async () => ((await request(service.url).get(`/known-carers/${carerId}`).set(officer)).status === 200 ? true : undefined),
      20_000,
    );
    return carerId;
  }

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, ASSESSMENTS, { CARERS_COUNCILS: WILTSHIRE });
    officer = await bearer({ role: 'council-officer', tenant: WILTSHIRE });
    await producer.connect();
    await reader.connect();
    for (const topic of [
      Topics.assessmentsAssessment,
      Topics.assessmentsClock,
      Topics.assessmentsCalendar,
      topicFor(Topics.providerRejections, 'vale-family-support'),
    ])
      await reader.subscribe({ topic: service.prefix + topic, fromBeginning: true });
    await reader.run({
      eachMessage: async ({ topic, message }) => {
        const raw = message.value!.toString();
        const e = JSON.parse(raw);
        seen.push({ topic: topic.slice(service.prefix.length), type: e.type, data: e.data, raw, key: message.key?.toString() });
      },
    });
  }, 90_000);
  afterAll(async () => {
    await producer.disconnect();
    await reader.disconnect();
    await service?.stop();
  }, 30_000);

  it('puts a carer who asked for an assessment on registering on the waiting list, delegated to their provider', async () => {
    const carerId = await knownCarer('adult', 'downs-carers-trust', { assessmentRequested: true });
    const list = await eventually(async () => {
      const res = await request(service.url).get('/waiting-list').set(officer);
      return res.body.entries.find((e: any) => e.carerId === carerId);
    }, 20_000);
    expect(list).toMatchObject({
      route: 'registration',
      type: 'carer',
      providerId: 'downs-carers-trust',
      priority: 'high',
      waitingDays: 30,
    });
    await eventuallyPasses(() => expect(about(carerId).map((e) => e.type)).toContain('assessments.assessment.requested'));
  });

  it('shows a carer as registration announced them, and answers not-found for one whose registration has not arrived', async () => {
    const carerId = await knownCarer();
    const seen = (await request(service.url).get(`/known-carers/${carerId}`).set(officer).expect(200)).body;
    expect(seen).toMatchObject({ carerId, kind: 'adult', ageBand: '50-64', providerId: 'downs-carers-trust', registeredOn: daysAgo(30) });
    const stranger = randomUUID();
    const missing = await request(service.url).get(`/known-carers/${stranger}`).set(officer).expect(404);
    expect(missing.body).toMatchObject({ code: 'not-found', message: `Assessments has not seen carer ${stranger}.` });
  });

  it("takes a carer's assessment from request to review over HTTP, announcing each step and moving its clocks", async () => {
    const carerId = await knownCarer();
    const a = (
      await request(service.url)
        .post('/assessments')
        .set(officer)
        .send({ carerId, requestedOn: daysAgo(9) })
        .expect(201)
    ).body;
    expect(a).toMatchObject({ status: 'requested', type: 'carer', providerId: 'downs-carers-trust', route: 'council-officer' });
    await request(service.url)
      .post(`/assessments/${a.id}/contact`)
      .set(officer)
      .send({ on: daysAgo(8) })
      .expect(200);
    await request(service.url)
      .post(`/assessments/${a.id}/commencement`)
      .set(officer)
      .send({ on: daysAgo(5) })
      .expect(200);
    const done = await request(service.url)
      .post(`/assessments/${a.id}/completion`)
      .set(officer)
      .send({ on: daysAgo(4), method: 'face-to-face', content: content('carer'), eligibility, childInvolvedInCaring: true })
      .expect(200);
    expect(done.body).toMatchObject({ status: 'completed', determination: { eligible: true } });

    const letter = await request(service.url).get(`/assessments/${a.id}/determination`).set(officer).expect(200);
    expect(letter.headers['content-type']).toContain('text/html');
    expect(letter.text).toContain('Your needs for support are eligible.');
    expect(letter.text).toContain('reg 3(2)(b)(viii)');

    const plan = await request(service.url)
      .post(`/assessments/${a.id}/support-plan`)
      .set(officer)
      .send({
        agreedOn: daysAgo(2),
        needs: ['a break from caring'],
        eligibleNeeds: ['a break from caring'],
        needsToBeMet: [{ need: 'a break from caring', how: 'sitting service weekly' }],
        personalBudget: 1200,
        directPayment: { amount: 100, frequency: 'monthly' },
        services: [{ serviceType: 'Carer Support: Direct to Carer', component: 'Direct Payment', deliveryMechanism: 'Direct Payment' }],
        involved: ['the carer', 'her son'],
        entryScores: scores(2),
      })
      .expect(201);
    const review = await request(service.url)
      .post(`/assessments/${a.id}/reviews`)
      .set(officer)
      .send({ type: 'light-touch', completedOn: TODAY, scores: scores(3) })
      .expect(201);
    expect(review.body).toMatchObject({ type: 'light-touch', completedOn: TODAY });

    const clocks = (await request(service.url).get(`/assessments/${a.id}/clocks`).set(officer).expect(200)).body.clocks;
    expect(clocks.map((c: any) => [c.kind, c.stoppedOn ? 'stopped' : 'running'])).toEqual(
      expect.arrayContaining([
        ['first-contact', 'stopped'],
        ['commenced', 'stopped'],
        ['plan-after-assessment', 'stopped'],
        ['light-touch-review', 'stopped'],
        ['planned-review', 'running'],
      ]),
    );
    await eventuallyPasses(() =>
      expect(about(a.id).map((e) => e.type)).toEqual([
        'assessments.assessment.requested',
        'assessments.assessment.contacted',
        'assessments.assessment.commenced',
        'assessments.assessment.completed',
        'assessments.young-carer.identified',
        'assessments.support-plan.agreed',
        'assessments.review.completed',
      ]),
    );
    expect(about(a.id).find((e) => e.type === 'assessments.assessment.completed')!.data).toMatchObject({
      eligible: true,
      method: 'face-to-face',
      commencedOn: daysAgo(5),
    });
    expect(about(a.id).find((e) => e.type === 'assessments.review.completed')!.data).toMatchObject({
      planId: plan.body.id,
      entryScores: scores(2),
      scores: scores(3),
    });
    expect(
      about(a.id)
        .map((e) => e.raw)
        .join(),
    ).not.toContain('what we found');
  });

  it('answers 409 to a step out of order, 422 with what is missing, and 400 with the field', async () => {
    const carerId = await knownCarer();
    const a = (await request(service.url).post('/assessments').set(officer).send({ carerId }).expect(201)).body;
    const early = await request(service.url)
      .post(`/assessments/${a.id}/completion`)
      .set(officer)
      .send({ method: 'phone', content: content('carer'), eligibility })
      .expect(409);
    expect(early.body.message).toContain('never commenced');
    await request(service.url).post(`/assessments/${a.id}/commencement`).set(officer).send({}).expect(200);
    const partial = { ...content('carer') };
    delete partial['outcomes-wanted'];
    const missing = await request(service.url)
      .post(`/assessments/${a.id}/completion`)
      .set(officer)
      .send({ method: 'phone', content: partial, eligibility })
      .expect(422);
    expect(missing.body).toMatchObject({ code: 'incomplete-assessment', missing: ['outcomes-wanted'] });
    const bad = await request(service.url)
      .post(`/assessments/${a.id}/completion`)
      .set(officer)
      .send({ method: 'carrier pigeon', content: {} })
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('method');
    await request(service.url).post('/assessments').set(officer).send({ carerId: randomUUID() }).expect(422);
    await request(service.url).post('/assessments').set(officer).send({ carerId, type: 'young-carer' }).expect(422);
  });

  it("applies a provider system's events in any order, once, and refuses one about work not delegated to it", async () => {
    const carerId = await knownCarer();
    const a = (
      await request(service.url)
        .post('/assessments')
        .set(officer)
        .send({ carerId, requestedOn: daysAgo(6) })
        .expect(201)
    ).body;
    const completed = {
      providerId: 'downs-carers-trust',
      assessmentId: a.id,
      commencedOn: daysAgo(3),
      completedOn: daysAgo(1),
      method: 'phone',
      covered: Object.keys(REQUIRED_CONTENT.carer),
      eligibility: { ...eligibility, healthAtRisk: false, unableToAchieve: [], significantImpact: false },
    };
    await publish(
      Topics.providerAssessmentActivity,
      ProviderAssessmentCompleted.type,
      completed,
      'downs-carers-trust',
      'downs-carers-trust',
    );
    await publish(
      Topics.providerAssessmentActivity,
      ProviderAssessmentCommenced.type,
      { providerId: 'downs-carers-trust', assessmentId: a.id, commencedOn: daysAgo(3) },
      'downs-carers-trust',
      'downs-carers-trust',
    );
    await publish(
      Topics.providerAssessmentActivity,
      ProviderAssessmentContacted.type,
      { providerId: 'downs-carers-trust', assessmentId: a.id, contactedOn: daysAgo(5) },
      'downs-carers-trust',
      'downs-carers-trust',
    );
    await publish(
      Topics.providerAssessmentActivity,
      ProviderAssessmentCompleted.type,
      completed,
      'downs-carers-trust',
      'downs-carers-trust',
    );
    await publish(
      Topics.providerAssessmentActivity,
      ProviderAssessmentContacted.type,
      { providerId: 'vale-family-support', assessmentId: a.id, contactedOn: daysAgo(5) },
      'vale-family-support',
      'vale-family-support',
    );

    await eventuallyPasses(() =>
      expect(seen.filter((e) => e.type === 'provider.event.rejected' && e.data.providerId === 'vale-family-support')).toHaveLength(1),
    );
    const rejection = seen.find((e) => e.type === 'provider.event.rejected' && e.data.providerId === 'vale-family-support')!;
    expect(rejection.data).toMatchObject({ reason: 'domain-rule', rejectedEventType: 'provider.assessment.contacted' });
    expect(rejection.data.detail).toContain('not delegated to vale-family-support');
    const now = (await request(service.url).get(`/assessments/${a.id}`).set(officer)).body;
    expect(now).toMatchObject({
      status: 'completed',
      // the contact reported after the commencement is earlier, and the earliest wins (issue 19)
      contactedOn: daysAgo(5),
      commencedOn: daysAgo(3),
      completedOn: daysAgo(1),
      determination: { eligible: false },
    });
    expect(
      about(a.id)
        .filter((e) => e.topic === Topics.assessmentsAssessment)
        .map((e) => e.type),
    ).toEqual([
      'assessments.assessment.requested',
      'assessments.assessment.contacted',
      'assessments.assessment.commenced',
      'assessments.assessment.completed',
      'assessments.assessment.contacted',
    ]);
    expect(
      about(a.id)
        .filter((e) => e.type === 'assessments.assessment.contacted')
        .map((e) => e.data.contactedOn),
    ).toEqual([daysAgo(3), daysAgo(5)]);
    const letter = await request(service.url).get(`/assessments/${a.id}/determination`).set(officer).expect(200);
    expect(letter.text).toContain('section 13(5)');
    await request(service.url)
      .post(`/assessments/${a.id}/support-plan`)
      .set(officer)
      .send({ needs: [], eligibleNeeds: [], needsToBeMet: [], services: [], involved: [], entryScores: scores(3) })
      .expect(409);
  });

  it('warns at three quarters of a timescale and announces it overdue once, even when nothing happens; a pause moves the deadline', async () => {
    const carerId = await knownCarer();
    const a = (
      await request(service.url)
        .post('/assessments')
        .set(officer)
        .send({ carerId, requestedOn: daysAgo(12) })
        .expect(201)
    ).body;
    const scheduler = service.app.get(ClockDeadlinesJob);
    const first = await scheduler.runOnce();
    expect(first.overdue).toBeGreaterThanOrEqual(1);
    await eventuallyPasses(() =>
      expect(
        about(a.id)
          .filter((e) => e.topic === Topics.assessmentsClock)
          .map((e) => [e.type, e.data.clock])
          .sort(),
      ).toEqual([
        ['assessments.clock.overdue', 'first-contact'],
        ['assessments.clock.warning-raised', 'commenced'],
      ]),
    );
    const second = await scheduler.runOnce();
    expect(second).toEqual({ warnings: 0, overdue: 0 });

    const before = (await request(service.url).get(`/assessments/${a.id}/clocks`).set(officer)).body.clocks.find(
      (c: any) => c.kind === 'commenced',
    );
    const late = await request(service.url)
      .post(`/assessments/${a.id}/clocks/first-contact/pause`)
      .set(officer)
      .send({ reason: 'x' })
      .expect(409);
    expect(late.body.message).toContain('deadline has passed');
    await request(service.url)
      .post(`/assessments/${a.id}/clocks/commenced/pause`)
      .set(officer)
      .send({ reason: 'carer in hospital', on: daysAgo(10) })
      .expect(200);
    const resumed = (
      await request(service.url)
        .post(`/assessments/${a.id}/clocks/commenced/resume`)
        .set(officer)
        .send({ on: daysAgo(3) })
        .expect(200)
    ).body.clocks.find((c: any) => c.kind === 'commenced');
    expect(resumed.pausedDays).toBe(7);
    expect(Date.parse(resumed.dueOn) - Date.parse(before.dueOn)).toBe(7 * 86_400_000);
  });

  it('lets a council set a timescale in working days, counted past its bank holidays', async () => {
    await request(service.url).put('/clock-policy/first-contact').set(officer).send({ days: 3, basis: 'working' }).expect(200);
    await request(service.url)
      .post('/clock-policy/bank-holidays')
      .set(officer)
      .send({ day: '2026-11-19', name: 'Local holiday' })
      .expect(201);
    await request(service.url).put('/clock-policy/first-contact').set(officer).send({ days: 0, basis: 'fortnightly' }).expect(400);
    const carerId = await knownCarer();
    // Monday 16 November 2026 + 3 working days, skipping the Thursday holiday: Tue 17, Wed 18, Fri 20
    const a = (await request(service.url).post('/assessments').set(officer).send({ carerId, requestedOn: '2026-11-16' }).expect(201)).body;
    const first = (await request(service.url).get(`/assessments/${a.id}/clocks`).set(officer)).body.clocks.find(
      (c: any) => c.kind === 'first-contact',
    );
    expect(first).toMatchObject({ startedOn: '2026-11-16', dueOn: '2026-11-20' });
    // the council's closure day is announced on its calendar topic, for escalation's deadlines and the board (ADR 0017)
    const announced = await eventually(async () =>
      seen.find((e) => e.topic === Topics.assessmentsCalendar && e.type === CouncilClosureDayAdded.type && e.data.day === '2026-11-19'),
    );
    expect(announced.data).toEqual({ day: '2026-11-19', description: 'Local holiday' });
    expect(JSON.parse(announced.raw)).toMatchObject({ source: 'assessments', tenantid: WILTSHIRE });
    // a day added in error is removed, and escalation and the board hear of it on the same key (ADR 0017)
    await request(service.url)
      .post('/clock-policy/bank-holidays')
      .set(officer)
      .send({ day: '2026-11-26', name: 'Closure (in error)' })
      .expect(201);
    await request(service.url).post('/clock-policy/bank-holidays/2026-11-26/removal').set(officer).expect(200);
    const missing = await request(service.url).post('/clock-policy/bank-holidays/2026-11-26/removal').set(officer).expect(404);
    expect(missing.body.message ?? JSON.stringify(missing.body)).toContain('no closure day on 2026-11-26');
    await request(service.url).post('/clock-policy/bank-holidays/26-11-2026/removal').set(officer).expect(400);
    expect(
      (await request(service.url).get('/clock-policy').set(officer).expect(200)).body.bankHolidays.map((d: any) => d.day),
    ).not.toContain('2026-11-26');
    const removal = await eventually(async () =>
      seen.find((e) => e.topic === Topics.assessmentsCalendar && e.type === CouncilClosureDayRemoved.type && e.data.day === '2026-11-26'),
    );
    expect(removal).toMatchObject({ data: { day: '2026-11-26' }, key: `${WILTSHIRE}|2026-11-26` });
    await request(service.url).put('/clock-policy/first-contact').set(officer).send({ days: 10, basis: 'calendar' }).expect(200);

    // one provider's contract may have its own timescale; the others keep the council's
    await request(service.url)
      .put('/clock-policy/first-contact')
      .set(officer)
      .send({ days: 5, basis: 'calendar', providerId: 'vale-family-support' })
      .expect(200);
    const dueFor = async (providerId: string) => {
      const b = (
        await request(service.url).post('/assessments').set(officer).send({ carerId, providerId, requestedOn: '2026-11-16' }).expect(201)
      ).body;
      return (await request(service.url).get(`/assessments/${b.id}/clocks`).set(officer)).body.clocks.find(
        (c: any) => c.kind === 'first-contact',
      ).dueOn;
    };
    expect([await dueFor('vale-family-support'), await dueFor('downs-carers-trust')]).toEqual(['2026-11-21', '2026-11-26']);
  });

  it('opens a transition assessment when a young carer nears 18, once, and re-offers a refused assessment when circumstances change', async () => {
    const young = await knownCarer('young');
    const due = { carerId: young, providerId: 'downs-carers-trust', turns18In: '2027-06', dueOn: TODAY };
    await publish(Topics.registrationCarer, YoungCarerTransitionDue.type, due, 'registration', young);
    await publish(Topics.registrationCarer, YoungCarerTransitionDue.type, due, 'registration', young);
    await eventuallyPasses(() =>
      expect(
        about(young)
          .filter((e) => e.type === 'assessments.assessment.requested')
          .map((e) => [e.data.assessmentType, e.data.route]),
      ).toEqual([['young-carer-transition', 'transition-due']]),
    );

    const carerId = await knownCarer();
    const a = (await request(service.url).post('/assessments').set(officer).send({ carerId }).expect(201)).body;
    await request(service.url).post(`/assessments/${a.id}/refusal`).set(officer).send({}).expect(200);
    await publish(
      Topics.registrationCarer,
      CaringRelationshipStarted.type,
      { relationshipId: randomUUID(), carerId, caredForId: randomUUID(), relationship: 'parent', startedOn: TODAY },
      'registration',
      carerId,
    );
    await eventuallyPasses(() =>
      expect(
        about(carerId)
          .filter((e) => e.type === 'assessments.assessment.requested')
          .map((e) => e.data.route),
      ).toEqual(['council-officer', 're-offer']),
    );
  });
});
