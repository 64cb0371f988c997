import { randomUUID } from 'node:crypto';
import { KpiMeasured, ProviderRemedialPlanSubmitted, providerTopic, Topics } from '@carers/contracts';
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
import { kpiStatusData } from './cases/escalation.test-helpers';
import { ESCALATION } from './service';

/** The provider's own topic (ADR 0014). */
const VALE_PLANS = providerTopic(Topics.providerRemedialPlan, 'vale-family-support');

describe('escalation: no inbound message can stop the consumer', () => {
  let service: ServiceUnderTest;

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, ESCALATION);
  }, 90_000);
  afterAll(() => service?.stop(), 30_000);

  it('parks a remedial plan with a field nested 5,000 deep as too-deep, and applies the KPI measurement sent after it', async () => {
    const deep = deeplyNestedMessage(
      ProviderRemedialPlanSubmitted.type,
      {
        providerId: 'vale-family-support',
        caseId: randomUUID(),
        actions: [{ actionId: 'a1', description: 'Recruit two assessors', ownerRole: 'Service manager', dueOn: '2026-12-01' }],
      },
      { key: 'vale-family-support', source: 'vale-family-support' },
    );
    const measured = eventMessage(KpiMeasured.type, kpiStatusData('vale-family-support', 'assessment-started-14d', '2026-10', 'green'), {
      key: 'vale-family-support|assessment-started-14d',
      source: 'performance',
    });
    await publish(service, VALE_PLANS, [deep]);
    await publish(service, Topics.performanceKpiStatus, [measured]);

    await untilApplied(service, [eventIdOf(measured)]);
    // the parked message came on another topic than the events around it: its consumer may take a moment longer
    await eventuallyPasses(async () =>
      expect(await parkedMessages(service)).toEqual([
        { topic: VALE_PLANS, reason: 'too-deep', error: expect.stringMatching(/nested more than 8 deep/), event_id: null },
      ]),
    );
  }, 60_000);
});
