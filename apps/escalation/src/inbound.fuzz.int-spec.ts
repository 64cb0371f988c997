import { KpiMeasured, ProviderRemedialPlanSubmitted, providerTopic, Topics } from '@carers/contracts';
import { eventMessage, FUZZ_DEFAULTS, fuzzInbound, fuzzTimeoutMs } from '@carers/testing';
import { EscalationHarness, escalationUnderTest, kpiStatusData, WILTSHIRE } from './cases/escalation.test-helpers';

const PROVIDER = 'downs-carers-trust';
const KPIS = [
  'assessment-commenced-14-days',
  'waiting-list-size',
  'median-wait-to-commence',
  'wellbeing-improved',
  'young-carers-identified',
  'gp-consent-recorded',
  'emergency-plans-in-place',
];

describe('escalation: fuzzed inbound messages on every topic it reads, through the real broker', () => {
  let h: EscalationHarness;

  beforeAll(async () => {
    h = await escalationUnderTest('2026-11-02');
  }, 90_000);
  afterAll(() => h?.stop(), 30_000);

  /** Cases at the remedial-plan stage, each waiting for the provider's plan, so its system's submissions are valid. */
  async function casesAwaitingPlans(kpis: string[]): Promise<string[]> {
    for (const k of kpis) {
      await h.kpi('measured', PROVIDER, k, '2026-10', 'amber');
      await h.until(PROVIDER, k, (c) => c.stage === 'amber-notice');
      await h.closed('confirmed', PROVIDER, k, '2026-10', 'red', true);
      await h.until(PROVIDER, k, (c) => c.stage === 'review-meeting');
      await h.closed('confirmed', PROVIDER, k, '2026-11', 'red', true);
    }
    const ids: string[] = [];
    for (const k of kpis) ids.push((await h.until(PROVIDER, k, (c) => c.stage === 'remedial-plan')).id);
    return ids;
  }

  it(
    'parks every bad message with a reason, applies every valid one behind it, stays ready, and changes nothing already stored',
    async () => {
      const options = { ...FUZZ_DEFAULTS, validPerTopic: Math.min(FUZZ_DEFAULTS.validPerTopic, 3) };
      await fuzzInbound(
        h.service,
        [
          {
            topic: providerTopic(Topics.providerRemedialPlan, PROVIDER),
            valid: async (n) =>
              (await casesAwaitingPlans(KPIS.slice(0, n))).map((caseId) =>
                eventMessage(
                  ProviderRemedialPlanSubmitted.type,
                  {
                    providerId: PROVIDER,
                    caseId,
                    actions: [
                      { actionId: 'recruit', description: 'Recruit two assessors', ownerRole: 'Service manager', dueOn: '2026-12-15' },
                    ],
                  },
                  { key: PROVIDER, source: PROVIDER, tenant: WILTSHIRE },
                ),
              ),
          },
          {
            topic: Topics.performanceKpiStatus,
            valid: async (n) =>
              KPIS.slice(-n).map((k) =>
                eventMessage(KpiMeasured.type, kpiStatusData('vale-family-support', k, '2026-10', 'green'), {
                  key: `vale-family-support|${k}`,
                  source: 'performance',
                  tenant: WILTSHIRE,
                }),
              ),
          },
        ],
        options,
      );
    },
    fuzzTimeoutMs(),
  );
});
