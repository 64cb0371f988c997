import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { CarerRegistered, ProviderAssessmentContacted, providerTopic, Topics } from '@carers/contracts';
import {
  deeplyNestedMessage,
  eventIdOf,
  eventuallyPasses,
  eventMessage,
  parkedMessages,
  publish,
  ServiceUnderTest,
  startServiceUnderTest,
  untilApplied,
} from '@carers/testing';
import { AppModule } from './app.module';
import { ASSESSMENTS } from './service';

/** The provider's own topic (ADR 0014). */
const VALE_ACTIVITY = providerTopic(Topics.providerAssessmentActivity, 'vale-family-support');

describe('assessments: no inbound message can stop the consumer', () => {
  let service: ServiceUnderTest;

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, ASSESSMENTS);
  }, 90_000);
  afterAll(() => service?.stop(), 30_000);

  it('parks provider activity with a field nested 5,000 deep as too-deep, and applies the registrations sent before and after it', async () => {
    const registration = () => {
      const carerId = randomUUID();
      return eventMessage(
        CarerRegistered.type,
        { carerId, kind: 'adult', ageBand: '25-49', registeredOn: '2026-11-02' },
        { key: carerId, source: 'registration' },
      );
    };
    const before = registration();
    const after = registration();
    const deep = deeplyNestedMessage(
      ProviderAssessmentContacted.type,
      { providerId: 'vale-family-support', assessmentId: randomUUID(), contactedOn: '2026-11-03' },
      { key: 'vale-family-support', source: 'vale-family-support' },
    );
    await publish(service, Topics.registrationCarer, [before]);
    await publish(service, VALE_ACTIVITY, [deep]);
    await publish(service, Topics.registrationCarer, [after]);

    await untilApplied(service, [eventIdOf(before), eventIdOf(after)]);
    // the parked message came on another topic than the events around it: its consumer may take a moment longer
    await eventuallyPasses(async () =>
      expect(await parkedMessages(service)).toEqual([
        { topic: VALE_ACTIVITY, reason: 'too-deep', error: expect.stringMatching(/nested more than 8 deep/), event_id: null },
      ]),
    );
  }, 60_000);

  it('parks provider activity carrying a 900 KB correlation id as too-large, so nothing it causes can wedge the relay', async () => {
    const deepless = eventMessage(
      ProviderAssessmentContacted.type,
      { providerId: 'vale-family-support', assessmentId: randomUUID(), contactedOn: '2026-11-03' },
      { key: 'vale-family-support', source: 'vale-family-support', correlationId: 'c'.repeat(900_000) },
    );
    const carerId = randomUUID();
    const after = eventMessage(
      CarerRegistered.type,
      { carerId, kind: 'young', ageBand: '0-17', registeredOn: '2026-11-02' },
      { key: carerId, source: 'registration' },
    );
    await publish(service, VALE_ACTIVITY, [deepless]);
    await publish(service, Topics.registrationCarer, [after]);

    await untilApplied(service, [eventIdOf(after)]);
    const parked = await parkedMessages(service);
    expect(parked[parked.length - 1]).toEqual({
      topic: VALE_ACTIVITY,
      reason: 'too-large',
      error: expect.stringMatching(/an event may be at most 65536 bytes/),
      event_id: null,
    });
  }, 60_000);
});

describe('assessments: a stalled consumer is reported and restarted while the API stays in rotation', () => {
  let service: ServiceUnderTest;

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, ASSESSMENTS, { KAFKA_CONSUMER_STALL_SECONDS: '2', READINESS_CACHE_MS: '0' });
  }, 90_000);
  afterAll(() => service?.stop(), 30_000);

  it('restarts a consumer that applies nothing while work waits, and answers 200 on /health/ready throughout', async () => {
    await untilApplied(service, []);
    // the consumer stops fetching (as a hung handler or a lost assignment would leave it)
    const kafkaConsumer = service.consumer.unwrap<{ pause(topics: { topic: string }[]): void }>();
    kafkaConsumer.pause([{ topic: service.prefix + Topics.registrationCarer }]);
    const carerId = randomUUID();
    const waiting = eventMessage(
      CarerRegistered.type,
      { carerId, kind: 'adult', ageBand: '50-64', registeredOn: '2026-11-02' },
      { key: carerId, source: 'registration' },
    );
    await publish(service, Topics.registrationCarer, [waiting]);

    await untilApplied(service, [eventIdOf(waiting)], 45_000);
    const metrics = await request(service.url).get('/metrics').expect(200);
    expect(metrics.text).toMatch(/kafka_consumer_restarts_total\{[^}]*\} [1-9]/);
  }, 60_000);
});
