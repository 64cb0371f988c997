import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { CarerRegistered, ProviderAssessmentContacted, providerTopic, Topics } from '@carers/contracts';
import {
  bearer,
  eventIdOf,
  eventMessage,
  fuzzInbound,
  fuzzTimeoutMs,
  publish,
  ServiceUnderTest,
  startServiceUnderTest,
  untilApplied,
} from '@carers/testing';
import { AppModule } from './app.module';
import { ASSESSMENTS } from './service';

const WILTSHIRE = 'E06000054';
const PROVIDER = 'downs-carers-trust';

describe('assessments: fuzzed inbound messages on every topic it reads, through the real broker', () => {
  let service: ServiceUnderTest;

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, ASSESSMENTS, { CLOCK_SCAN_SECONDS: '3600' });
  }, 90_000);
  afterAll(() => service?.stop(), 30_000);

  const registered = () => {
    const carerId = randomUUID();
    return eventMessage(
      CarerRegistered.type,
      { carerId, kind: 'adult', ageBand: '50-64', providerId: PROVIDER, registeredOn: '2026-11-02' },
      { key: carerId, source: 'registration', tenant: WILTSHIRE },
    );
  };

  /** Assessments delegated to the provider, so its system's reports about them are valid. */
  async function delegatedAssessments(n: number): Promise<string[]> {
    const carers = Array.from({ length: n }, registered);
    await publish(service, Topics.registrationCarer, carers);
    await untilApplied(service, carers.map(eventIdOf));
    const officer = await bearer({ role: 'council-officer', tenant: WILTSHIRE });
    const ids: string[] = [];
    for (const c of carers)
      ids.push(
        (await request(service.url).post('/assessments').set(officer).send({ carerId: c.key, providerId: PROVIDER }).expect(201)).body.id,
      );
    return ids;
  }

  it(
    'parks every bad message with a reason, applies every valid one behind it, stays ready, and changes nothing already stored',
    async () => {
      await fuzzInbound(service, [
        { topic: Topics.registrationCarer, valid: async (n) => Array.from({ length: n }, registered) },
        {
          topic: providerTopic(Topics.providerAssessmentActivity, PROVIDER),
          valid: async (n) =>
            (await delegatedAssessments(n)).map((assessmentId) =>
              eventMessage(
                ProviderAssessmentContacted.type,
                { providerId: PROVIDER, assessmentId, contactedOn: new Date().toISOString().slice(0, 10) },
                { key: PROVIDER, source: PROVIDER, tenant: WILTSHIRE },
              ),
            ),
        },
      ]);
    },
    fuzzTimeoutMs(),
  );
});
