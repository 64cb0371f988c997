import request from 'supertest';
import { escalationUnderTest, EscalationHarness } from './escalation.test-helpers';

jest.setTimeout(90_000);

describe('one remedial plan for several failing KPIs of one contract (issue 18)', () => {
  let h: EscalationHarness;

  beforeAll(async () => {
    h = await escalationUnderTest('2026-12-10');
  }, 90_000);
  afterAll(() => h?.stop(), 30_000);

  /** A case at the remedial plan on two confirmed breached months, its plan requested. */
  const atRemedialPlan = async (providerId: string, kpiId: string) => {
    h.clock.set('2026-12-10');
    await h.closed('confirmed', providerId, kpiId, '2026-10', 'red', true);
    await h.closed('confirmed', providerId, kpiId, '2026-11', 'red', true);
    return h.until(providerId, kpiId, (c) => c.stage === 'remedial-plan');
  };
  const plans = async (caseId: string) => (await h.detail(caseId)).plans.map((p: any) => p.status);
  const PLAN = {
    actions: [
      { actionId: 'A1', description: 'Recruit two sessional assessors', ownerRole: 'Operations manager', dueOn: '2026-12-18' },
      { actionId: 'A2', description: 'Weekly triage of the waiting list', ownerRole: 'Service manager', dueOn: '2027-01-08' },
    ],
  };

  it("answers the provider's cases with one plan: submitted, approved and its actions completed once for them all, each case's deadline following its milestones", async () => {
    const p = 'downs-carers-trust';
    const [first, second] = [await atRemedialPlan(p, 'shared-plan-commenced'), await atRemedialPlan(p, 'shared-plan-reviews')];
    const downs = await h.provider(p);
    await request(h.service.url)
      .post(`/cases/${first.id}/plan`)
      .set(downs)
      .send({ ...PLAN, alsoForCaseIds: [second.id] })
      .expect(201);
    expect([await plans(first.id), await plans(second.id)]).toEqual([['submitted'], ['submitted']]);

    await request(h.service.url)
      .post(`/cases/${second.id}/plan/decision`)
      .set(h.officer)
      .send({ outcome: 'approved', reason: 'one credible plan for both' })
      .expect(200);
    expect([await plans(first.id), await plans(second.id)]).toEqual([['approved'], ['approved']]);
    expect([(await h.caseOf(p, 'shared-plan-commenced')).dueOn, (await h.caseOf(p, 'shared-plan-reviews')).dueOn]).toEqual([
      '2026-12-18',
      '2026-12-18',
    ]);

    await request(h.service.url)
      .post(`/cases/${first.id}/plan/actions/A1/completion`)
      .set(downs)
      .send({ completedOn: '2026-12-17' })
      .expect(200);
    expect([(await h.caseOf(p, 'shared-plan-commenced')).dueOn, (await h.caseOf(p, 'shared-plan-reviews')).dueOn]).toEqual([
      '2027-01-08',
      '2027-01-08',
    ]);
    await request(h.service.url)
      .post(`/cases/${second.id}/plan/actions/A2/completion`)
      .set(downs)
      .send({ completedOn: '2027-01-07' })
      .expect(200);
    expect([await plans(first.id), await plans(second.id)]).toEqual([['completed'], ['completed']]);
  });

  it("refuses to share a plan with another provider's case or a case whose plan was submitted already, and changes nothing", async () => {
    const mine = await atRemedialPlan('vale-family-support', 'shared-plan-refused');
    const theirs = await atRemedialPlan('downs-carers-trust', 'shared-plan-theirs');
    const vale = await h.provider('vale-family-support');
    // another provider's case is not found for this provider, as if absent
    await request(h.service.url)
      .post(`/cases/${mine.id}/plan`)
      .set(vale)
      .send({ ...PLAN, alsoForCaseIds: [theirs.id] })
      .expect(404);
    // a case whose plan was submitted already is not shared into another
    await request(h.service.url).post(`/cases/${mine.id}/plan`).set(vale).send(PLAN).expect(201);
    const other = await atRemedialPlan('vale-family-support', 'shared-plan-second');
    const refused = await request(h.service.url)
      .post(`/cases/${other.id}/plan`)
      .set(vale)
      .send({ ...PLAN, alsoForCaseIds: [mine.id] })
      .expect(409);
    expect(refused.body.message ?? JSON.stringify(refused.body)).toContain(`case ${mine.id}`);
    expect(await plans(other.id)).toEqual(['requested']);
    await request(h.service.url)
      .post(`/cases/${other.id}/plan`)
      .set(vale)
      .send({ ...PLAN, alsoForCaseIds: ['not-a-uuid'] })
      .expect(400);
  });
});
