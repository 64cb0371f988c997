import { randomUUID } from 'node:crypto';
import {
  AssessmentRequested,
  CarerRegistered,
  EmergencyPlanCreated,
  ProviderMonthlyReturn,
  providerTopic,
  Topics,
} from '@carers/contracts';
import { eventMessage, fuzzInbound, fuzzTimeoutMs, ServiceUnderTest, startServiceUnderTest } from '@carers/testing';
import { AppModule } from './app.module';
import { PERFORMANCE } from './service';

const HEREFORDSHIRE = 'E06000019';
const monthsAgo = (n: number) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - n, 1)).toISOString().slice(0, 7);

describe('performance: fuzzed inbound messages on every topic it reads, through the real broker', () => {
  let service: ServiceUnderTest;

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, PERFORMANCE, { MONTH_CLOSE_SCAN_SECONDS: '3600' });
  }, 90_000);
  afterAll(() => service?.stop(), 30_000);

  it(
    'parks every bad message with a reason, applies every valid one behind it, stays ready, and changes nothing already stored',
    async () => {
      const carer = (carerId = randomUUID()) => ({ key: carerId, source: 'registration', tenant: HEREFORDSHIRE });
      await fuzzInbound(service, [
        {
          topic: Topics.registrationCarer,
          valid: async (n) =>
            Array.from({ length: n }, () => {
              const carerId = randomUUID();
              return eventMessage(
                CarerRegistered.type,
                { carerId, kind: 'adult', ageBand: '50-64', providerId: 'hfd-carers-hub', registeredOn: '2026-11-02' },
                carer(carerId),
              );
            }),
        },
        {
          topic: Topics.registrationEmergencyPlan,
          valid: async (n) =>
            Array.from({ length: n }, () => {
              const carerId = randomUUID();
              return eventMessage(
                EmergencyPlanCreated.type,
                {
                  planId: randomUUID(),
                  carerId,
                  providerId: 'hfd-carers-hub',
                  contactCount: 2,
                  createdOn: '2026-11-03',
                  reviewDueOn: '2027-05-03',
                },
                carer(carerId),
              );
            }),
        },
        {
          topic: Topics.assessmentsAssessment,
          valid: async (n) =>
            Array.from({ length: n }, () => {
              const assessmentId = randomUUID();
              return eventMessage(
                AssessmentRequested.type,
                {
                  assessmentId,
                  carerId: randomUUID(),
                  assessmentType: 'carer',
                  route: 'council-officer',
                  fastTrack: false,
                  providerId: 'hfd-carers-hub',
                  requestedOn: '2026-11-04',
                },
                { key: assessmentId, source: 'assessments', tenant: HEREFORDSHIRE },
              );
            }),
        },
        {
          topic: providerTopic(Topics.providerMonthlyReturn, 'hfd-carers-hub'),
          valid: async (n) =>
            Array.from({ length: n }, (_, i) =>
              eventMessage(
                ProviderMonthlyReturn.type,
                { providerId: 'hfd-carers-hub', period: monthsAgo(i + 2), measure: 'support-groups-run', value: i + 1, responses: 1 },
                { key: 'hfd-carers-hub', source: 'hfd-carers-hub', tenant: HEREFORDSHIRE },
              ),
            ),
        },
      ]);
    },
    fuzzTimeoutMs(),
  );
});
