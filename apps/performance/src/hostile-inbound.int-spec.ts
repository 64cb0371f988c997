import { randomUUID } from 'node:crypto';
import { CarerRegistered, ProviderMonthlyReturn, providerTopic, Topics } from '@carers/contracts';
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
import { PERFORMANCE } from './service';

/** The provider's own topic (ADR 0014). */
const HUB_RETURNS = providerTopic(Topics.providerMonthlyReturn, 'hfd-carers-hub');

const HEREFORDSHIRE = 'E06000019';
const lastMonth = () => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 1)).toISOString().slice(0, 7);

describe('performance: no inbound message can stop the consumer', () => {
  let service: ServiceUnderTest;

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, PERFORMANCE);
  }, 90_000);
  afterAll(() => service?.stop(), 30_000);

  it('parks a 30 KB monthly return with a field nested 5,000 deep as too-deep, and applies the valid return and registration sent after it', async () => {
    const from = { key: 'hfd-carers-hub', source: 'hfd-carers-hub', tenant: HEREFORDSHIRE };
    const genuine = { providerId: 'hfd-carers-hub', period: lastMonth(), measure: 'support-groups-run', value: 4, responses: 1 };
    const deep = deeplyNestedMessage(ProviderMonthlyReturn.type, genuine, from);
    expect(deep.value.length).toBeGreaterThan(25_000);
    const valid = eventMessage(ProviderMonthlyReturn.type, genuine, from);
    const carerId = randomUUID();
    const registered = eventMessage(
      CarerRegistered.type,
      { carerId, kind: 'adult', ageBand: '25-49', registeredOn: '2026-11-02' },
      { key: carerId, source: 'registration', tenant: HEREFORDSHIRE },
    );
    await publish(service, HUB_RETURNS, [deep, valid]);
    await publish(service, Topics.registrationCarer, [registered]);

    await untilApplied(service, [eventIdOf(valid), eventIdOf(registered)]);
    // the parked message came on another topic than the events around it: its consumer may take a moment longer
    await eventuallyPasses(async () =>
      expect(await parkedMessages(service)).toEqual([
        { topic: HUB_RETURNS, reason: 'too-deep', error: expect.stringMatching(/nested more than 8 deep/), event_id: null },
      ]),
    );
  }, 60_000);
});
