import request from 'supertest';
import { KpiBreached } from '@carers/contracts';
import { UnitOfWork } from '@carers/platform/persistence';
import { bearer, describeAuthorisationMatrix, ServiceUnderTest } from '@carers/testing';
import { AppModule } from './app.module';
import { ACTORS, MATRIX } from './authorisation-matrix';
import { ApplyKpiStatusHandler } from './cases/application/apply-kpi-status.handler';
import { kpiStatusData } from './cases/escalation.test-helpers';
import { ESCALATION } from './service';

const COUNCIL = 'E06000054';
const PROVIDER = 'downs-carers-trust';
let kpis = 0;

/** A live case for the provider, opened as the performance service's breach announcement opens one. */
async function openCase(service: ServiceUnderTest): Promise<string> {
  const kpiId = `matrix-kpi-${Date.now().toString(36)}-${++kpis}`;
  await service.app
    .get(UnitOfWork)
    .run(COUNCIL, (tx) =>
      service.app.get(ApplyKpiStatusHandler).execute(tx, KpiBreached.type, kpiStatusData(PROVIDER, kpiId, '2026-10', 'red')),
    );
  const officer = await bearer(ACTORS['council officer']);
  const cases = (await request(service.url).get(`/cases?providerId=${PROVIDER}`).set(officer).expect(200)).body;
  return cases.find((c: { kpiId: string }) => c.kpiId === kpiId).id;
}

async function call(
  service: ServiceUnderTest,
  actor: Exclude<keyof typeof ACTORS, 'no token'>,
  path: string,
  body: object,
  status: number,
) {
  return request(service.url)
    .post(path)
    .set(await bearer(ACTORS[actor]))
    .send(body)
    .expect(status);
}

const MAKE: Record<string, (service: ServiceUnderTest) => Promise<string>> = {
  freshCase: openCase,
  freshPausedCase: async (s) => {
    const id = await openCase(s);
    await call(s, 'council officer', `/cases/${id}/pause`, { relief: 'system-outage', reason: 'case-system outage' }, 200);
    return id;
  },
  freshPlanRequestedCase: async (s) => {
    const id = await openCase(s);
    await call(s, 'council officer', `/cases/${id}/stage`, { to: 'remedial-plan', reason: 'breach persists' }, 200);
    return id;
  },
  freshPlanSubmittedCase: async (s) => {
    const id = await MAKE.freshPlanRequestedCase(s);
    await call(s, 'provider worker', `/cases/${id}/plan`, PLAN, 201);
    return id;
  },
  freshPlanApprovedCase: async (s) => {
    const id = await MAKE.freshPlanSubmittedCase(s);
    await call(s, 'council officer', `/cases/${id}/plan/decision`, { outcome: 'approved', reason: 'credible' }, 200);
    return id;
  },
  freshNotice: async (s) => {
    const id = await openCase(s);
    await call(s, 'council officer', `/cases/${id}/stage`, { to: 'review-meeting', reason: 'breach confirmed' }, 200);
    const officer = await bearer(ACTORS['council officer']);
    return (await request(s.url).get(`/cases/${id}/notices`).set(officer).expect(200)).body.notices[0].id;
  },
  freshDisputedNotice: async (s) => {
    const id = await MAKE.freshNotice(s);
    await call(
      s,
      'provider worker',
      `/notices/${id}/answer`,
      { answer: 'dispute', grounds: 'the figure counts a withdrawn referral' },
      200,
    );
    return id;
  },
  freshMeetingCase: async (s) => {
    const id = await openCase(s);
    await call(s, 'council officer', `/cases/${id}/stage`, { to: 'review-meeting', reason: 'breach confirmed' }, 200);
    return id;
  },
  freshInvestigatedCase: async (s) => {
    const id = await MAKE.freshMeetingCase(s);
    await call(s, 'council officer', `/cases/${id}/joint-investigation`, { terms: 'rota gaps in October', reportBy: '2026-11-20' }, 201);
    return id;
  },
  freshAlert: async (s) => {
    const id = await openCase(s);
    await call(s, 'council officer', `/cases/${id}/stage`, { to: 'board-referral', reason: 'safeguarding concern' }, 200);
    const alerts = (
      await request(s.url)
        .get('/alerts')
        .set(await bearer(ACTORS['board member']))
    ).body;
    return alerts.find((a: { caseId: string }) => a.caseId === id).id;
  },
  freshChannel: async (s) =>
    (await call(s, 'council officer', '/notification-channels', { kind: 'email', target: 'board@wiltshire.example' }, 201)).body.id,
};
const PLAN = {
  actions: [{ actionId: 'a-1', description: 'Extra assessor sessions each week', ownerRole: 'Service manager', dueOn: '2027-01-15' }],
};

describeAuthorisationMatrix({
  appModule: AppModule,
  definition: ESCALATION,
  actors: ACTORS,
  routes: MATRIX,
  env: { CARERS_TODAY: '2026-11-02', LADDER_SCAN_SECONDS: '3600', NOTIFY_SCAN_SECONDS: '3600' },
  fixtures: async (service) => ({
    caseId: await openCase(service),
    noticeId: await MAKE.freshNotice(service),
    channelId: await MAKE.freshChannel(service),
    providerId: PROVIDER,
    actionId: 'a-1',
    missingId: '00000000-0000-4000-8000-000000000000',
  }),
  fresh: async (service, names) => Object.fromEntries(await Promise.all(names.map(async (n) => [n, await MAKE[n](service)]))),
});
