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
