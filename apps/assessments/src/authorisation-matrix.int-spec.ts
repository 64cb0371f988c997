import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { CarerRegistered, Topics } from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { bearer, describeAuthorisationMatrix, eventually, ServiceUnderTest } from '@carers/testing';
import { AppModule } from './app.module';
import { ACTORS, CARER_CONTENT, ELIGIBLE, MATRIX, SCORES } from './authorisation-matrix';
import { ASSESSMENTS } from './service';

const officer = () => bearer({ role: 'council-officer', tenant: 'E06000054' });
let carerId = '';

/** An assessment of the fixture carer, taken as far as a cell needs. */
async function assessment(service: ServiceUnderTest, upTo: 'requested' | 'commenced' | 'completed' | 'paused' | 'planned'): Promise<string> {
  const as = await officer();
  const id = (await request(service.url).post('/assessments').set(as).send({ carerId })).body.id;
  if (upTo === 'paused') await request(service.url).post(`/assessments/${id}/clocks/commenced/pause`).set(as).send({ reason: 'fixture' });
  if (['commenced', 'completed', 'planned'].includes(upTo)) await request(service.url).post(`/assessments/${id}/commencement`).set(as).send({});
  if (['completed', 'planned'].includes(upTo)) await request(service.url).post(`/assessments/${id}/completion`).set(as).send({ method: 'phone', content: CARER_CONTENT, eligibility: ELIGIBLE });
  if (upTo === 'planned') {
    await request(service.url).post(`/assessments/${id}/support-plan`).set(as).send({ needs: [], eligibleNeeds: [], needsToBeMet: [], services: [], involved: [], entryScores: SCORES });
  }
  return id;
}

describeAuthorisationMatrix({
  appModule: AppModule,
  definition: ASSESSMENTS,
  actors: ACTORS,
  routes: MATRIX,
  fixtures: async (service) => {
    carerId = randomUUID();
    const producer = createKafka('matrix-fixture', () => undefined).producer();
    await producer.connect();
    await producer.send({ topic: service.prefix + Topics.registrationCarer, acks: -1, messages: [{ key: carerId, value: JSON.stringify({
      specversion: '1.0', id: randomUUID(), source: 'registration', type: CarerRegistered.type, time: new Date().toISOString(), subject: carerId,
      datacontenttype: 'application/json', tenantid: 'E06000054', correlationid: 'matrix', aggregateversion: 1,
      data: { carerId, kind: 'adult', ageBand: '50-64', providerId: 'downs-carers-trust', registeredOn: '2026-01-05' },
    }) }] });
    await producer.disconnect();
    const as = await officer();
    await eventually(async () => ((await request(service.url).get(`/known-carers/${carerId}`).set(as)).status === 200 ? true : undefined), 20_000);
    return {
      carerId, kind: 'commenced', assessmentId: await assessment(service, 'requested'), completedId: await assessment(service, 'completed'),
      plannedId: await assessment(service, 'planned'),
    };
  },
  fresh: async (service, names) => {
    const stage = { freshAssessmentId: 'requested', freshCommencedId: 'commenced', freshCompletedId: 'completed', freshPausedId: 'paused', freshPlannedId: 'planned' } as const;
    const values: Record<string, string> = {};
    for (const name of names) values[name] = await assessment(service, stage[name as keyof typeof stage]);
    return values;
  },
});
