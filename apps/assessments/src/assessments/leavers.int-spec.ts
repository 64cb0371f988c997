import request from 'supertest';
import { CarerDeregistered, CarerMerged, ProviderAssessmentContacted, Topics } from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { bearer, eventMessage, eventually, eventuallyPasses, ServiceUnderTest, startServiceUnderTest, topicFor } from '@carers/testing';
import { AppModule } from '../app.module';
import { knownCarer } from '../assessment-fixtures.test-helpers';
import { ASSESSMENTS } from '../service';

jest.setTimeout(60_000);

const WILTSHIRE = 'E06000054';
const PROVIDER = 'downs-carers-trust';
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe('requests of carers who leave the register or are merged (issue 19)', () => {
  let service: ServiceUnderTest;
  let officer: { authorization: string };
  const kafka = createKafka('leavers-test', () => undefined);
  const producer = kafka.producer();
  const reader = kafka.consumer({ groupId: `leavers-test-${Date.now()}` });
  const seen: { type: string; data: any }[] = [];

  const send = (topic: string, type: string, data: object, key: string, source: string) =>
    producer.send({ topic: service.prefix + topic, acks: -1, messages: [eventMessage(type, data, { key, source, tenant: WILTSHIRE })] });
  const fromRegistration = (type: string, data: object, key: string) => send(Topics.registrationCarer, type, data, key, 'registration');

  async function requestFor(): Promise<{ carerId: string; id: string }> {
    const carerId = await knownCarer(service);
    const id = (
      await request(service.url)
        .post('/assessments')
        .set(officer)
        .send({ carerId, requestedOn: daysAgo(20) })
        .expect(201)
    ).body.id;
    return { carerId, id };
  }
  const assessment = async (id: string) => (await request(service.url).get(`/assessments/${id}`).set(officer).expect(200)).body;
  const waiting = async () =>
    (await request(service.url).get('/waiting-list').set(officer).expect(200)).body.entries.map((e: any) => e.assessmentId);

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, ASSESSMENTS, { CARERS_COUNCILS: WILTSHIRE });
    officer = await bearer({ role: 'council-officer', tenant: WILTSHIRE });
    await producer.connect();
    await reader.connect();
    for (const topic of [Topics.assessmentsAssessment, topicFor(Topics.providerRejections, PROVIDER)])
      await reader.subscribe({ topic: service.prefix + topic, fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => {
        const e = JSON.parse(message.value!.toString());
        seen.push({ type: e.type, data: e.data });
      },
    });
  }, 90_000);
  afterAll(async () => {
    await producer.disconnect();
    await reader.disconnect();
    await service?.stop();
  }, 30_000);

  it('closes an open request with the reason when its carer leaves the register, stops its clocks, announces it once, and refuses later steps with why', async () => {
    const { carerId, id } = await requestFor();
    expect(await waiting()).toContain(id);
    await fromRegistration(CarerDeregistered.type, { carerId, reason: 'died', providerId: PROVIDER, deregisteredOn: daysAgo(2) }, carerId);
    await eventuallyPasses(async () =>
      expect(await assessment(id)).toMatchObject({ status: 'closed', closedOn: daysAgo(2), closeReason: 'died' }),
    );
    expect(await waiting()).not.toContain(id);
    const clocks = (await request(service.url).get(`/assessments/${id}/clocks`).set(officer).expect(200)).body.clocks;
    expect(clocks.length).toBeGreaterThan(0);
    expect(clocks.map((c: any) => c.stoppedOn)).toEqual(clocks.map(() => daysAgo(2)));
    await eventuallyPasses(() =>
      expect(seen.filter((e) => e.type === 'assessments.assessment.closed' && e.data.assessmentId === id).map((e) => e.data)).toEqual([
        expect.objectContaining({ carerId, providerId: PROVIDER, closedOn: daysAgo(2), reason: 'died' }),
      ]),
    );
    expect(JSON.stringify(seen.filter((e) => e.data.assessmentId === id))).not.toMatch(/name|address|birth/i);

    await request(service.url).post(`/assessments/${id}/commencement`).set(officer).send({}).expect(409);
    await send(
      topicFor(Topics.providerAssessmentActivity, PROVIDER),
      ProviderAssessmentContacted.type,
      { providerId: PROVIDER, assessmentId: id, contactedOn: daysAgo(1) },
      PROVIDER,
      PROVIDER,
    );
    const refused = await eventually(async () =>
      seen.find((e) => e.type === 'provider.event.rejected' && e.data.detail.includes('closed on')),
    );
    expect(refused.data).toMatchObject({ reason: 'domain-rule' });
    expect(refused.data.detail).toContain('its carer left the register (died)');
  });

  it("moves a merged duplicate's open request to the surviving record, keeping its request date; closes it as merged when the survivor already waits for the same assessment", async () => {
    const survivor = await requestFor();
    const duplicate = await requestFor();
    const lone = await requestFor();
    const keeper = await knownCarer(service);
    await fromRegistration(
      CarerMerged.type,
      { survivorId: survivor.carerId, mergedId: duplicate.carerId, mergedOn: daysAgo(1) },
      duplicate.carerId,
    );
    await fromRegistration(CarerMerged.type, { survivorId: keeper, mergedId: lone.carerId, mergedOn: daysAgo(1) }, lone.carerId);

    await eventuallyPasses(async () =>
      expect(await assessment(duplicate.id)).toMatchObject({ status: 'closed', closeReason: 'merged', carerId: duplicate.carerId }),
    );
    await eventuallyPasses(async () =>
      expect(await assessment(lone.id)).toMatchObject({ status: 'requested', carerId: keeper, requestedOn: daysAgo(20) }),
    );
    expect(await assessment(survivor.id)).toMatchObject({ status: 'requested', carerId: survivor.carerId });
    const stillWaiting = await waiting();
    expect([survivor.id, lone.id].every((id) => stillWaiting.includes(id))).toBe(true);
    expect(stillWaiting).not.toContain(duplicate.id);
  });
});
