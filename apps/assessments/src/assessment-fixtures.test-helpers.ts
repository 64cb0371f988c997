import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { CarerRegistered, Topics } from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { bearer, eventMessage, eventually, ServiceUnderTest } from '@carers/testing';
import { CARER_CONTENT, ELIGIBLE, SCORES } from './authorisation-matrix';

export const officer = () => bearer({ role: 'council-officer', tenant: 'E06000054' });

/** A Wiltshire carer allocated to downs-carers-trust, registered the way registration would announce one. */
export async function knownCarer(service: ServiceUnderTest): Promise<string> {
  const carerId = randomUUID();
  const producer = createKafka('fixture-producer', () => undefined).producer();
  await producer.connect();
  const data = { carerId, kind: 'adult', ageBand: '50-64', providerId: 'downs-carers-trust', registeredOn: '2026-01-05' };
  await producer.send({
    topic: service.prefix + Topics.registrationCarer,
    acks: -1,
    messages: [eventMessage(CarerRegistered.type, data, { key: carerId, source: 'registration' })],
  });
  await producer.disconnect();
  const as = await officer();
  await eventually(
    async () => ((await request(service.url).get(`/known-carers/${carerId}`).set(as)).status === 200 ? true : undefined),
    20_000,
  );
  return carerId;
}

export type Stage = 'requested' | 'commenced' | 'completed' | 'paused' | 'planned';

/** An assessment of the carer, taken as far as a test needs. */
export async function assessmentUpTo(service: ServiceUnderTest, carerId: string, upTo: Stage): Promise<string> {
  const as = await officer();
  const id = (await request(service.url).post('/assessments').set(as).send({ carerId })).body.id;
  if (upTo === 'paused') await request(service.url).post(`/assessments/${id}/clocks/commenced/pause`).set(as).send({ reason: 'fixture' });
  if (['commenced', 'completed', 'planned'].includes(upTo))
    await request(service.url).post(`/assessments/${id}/commencement`).set(as).send({});
  if (['completed', 'planned'].includes(upTo))
    await request(service.url)
      .post(`/assessments/${id}/completion`)
      .set(as)
      .send({ method: 'phone', content: CARER_CONTENT, eligibility: ELIGIBLE });
  if (upTo === 'planned') {
    await request(service.url)
      .post(`/assessments/${id}/support-plan`)
      .set(as)
      .send({ needs: [], eligibleNeeds: [], needsToBeMet: [], services: [], involved: [], entryScores: SCORES });
  }
  return id;
}

/** Which stage each `{fresh...}` placeholder of the matrix stands for. */
export const FRESH_STAGE: Record<string, Stage> = {
  freshAssessmentId: 'requested',
  freshCommencedId: 'commenced',
  freshCompletedId: 'completed',
  freshPausedId: 'paused',
  freshPlannedId: 'planned',
};

// a base of its own per test process, then one new day per fixture: no two fixtures of a run share a day
let closureDays = Math.floor(Math.random() * 5000);

/** A fresh fixture by name: an assessment at the stage FRESH_STAGE gives it, or a closure day of the council's own. */
export async function freshFixture(service: ServiceUnderTest, carerId: string, name: string): Promise<string> {
  if (name !== 'freshClosureDay') return assessmentUpTo(service, carerId, FRESH_STAGE[name]);
  const day = new Date(Date.UTC(2031, 0, 1) + ++closureDays * 86_400_000).toISOString().slice(0, 10);
  await request(service.url)
    .post('/clock-policy/bank-holidays')
    .set(await officer())
    .send({ day, name: 'Council closure' })
    .expect(201);
  return day;
}
