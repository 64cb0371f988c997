import request from 'supertest';
import { escalationUnderTest, EscalationHarness } from './escalation.test-helpers';

jest.setTimeout(90_000);

describe('a joint investigation agreed at the contract management meeting (issue 18, NHS Standard Contract GC9)', () => {
  let h: EscalationHarness;

  beforeAll(async () => {
    h = await escalationUnderTest('2026-11-10');
  }, 90_000);
  afterAll(() => h?.stop(), 30_000);

  const investigate = (caseId: string, body: object) =>
    request(h.service.url).post(`/cases/${caseId}/joint-investigation`).set(h.officer).send(body);
  const conclude = (caseId: string, body: object) =>
    request(h.service.url).post(`/cases/${caseId}/joint-investigation/conclusion`).set(h.officer).send(body);

  it('records the terms and the report date as the case deadline, and on its findings requests a remedial plan or withdraws the case', async () => {
    const p = 'vale-family-support';
    const c = await h.atReviewMeeting(p, 'investigated-plan');
    const agreed = await investigate(c.id, { terms: 'why first contacts slipped in October', reportBy: '2026-11-27' }).expect(201);
    expect(agreed.body).toMatchObject({
      caseId: c.id,
      agreedOn: '2026-11-10',
      reportBy: '2026-11-27',
      terms: 'why first contacts slipped in October',
    });
    expect(await h.caseOf(p, 'investigated-plan')).toMatchObject({ stage: 'review-meeting', dueOn: '2026-11-27' });
    await investigate(c.id, { terms: 'a second one', reportBy: '2026-11-27' }).expect(409);
    const own = await request(h.service.url)
      .get(`/cases/${c.id}/joint-investigation`)
      .set(await h.provider(p))
      .expect(200);
    expect(own.body.investigations).toHaveLength(1);

    h.clock.set('2026-11-26');
    await conclude(c.id, { findings: 'a rota gap left referrals unallocated for two weeks', outcome: 'remedial-plan' }).expect(200);
    const planned = await h.caseOf(p, 'investigated-plan');
    expect(planned.stage).toBe('remedial-plan');
    expect((await h.detail(c.id)).plans.map((pl: any) => pl.status)).toEqual(['requested']);
    await conclude(c.id, { findings: 'again', outcome: 'remedial-plan' }).expect(409);

    const other = await h.atReviewMeeting(p, 'investigated-cleared');
    await investigate(other.id, { terms: 'whether the October referrals were the council’s late ones', reportBy: '2026-11-27' }).expect(
      201,
    );
    await conclude(other.id, { findings: 'the late referrals were the council’s', outcome: 'no-further-action' }).expect(200);
    expect(await h.caseOf(p, 'investigated-cleared', 'closed')).toMatchObject({ id: other.id, outcome: 'withdrawn' });
  });

  it('is agreed at the meeting only, with a report due from today on, and a clear reason when not', async () => {
    const c = await h.atReviewMeeting('downs-carers-trust', 'investigation-refused');
    const past = await investigate(c.id, { terms: 'late contacts', reportBy: '2026-11-09' }).expect(422);
    expect(JSON.stringify(past.body)).toContain('reportBy');
    await investigate(c.id, { terms: '', reportBy: '2026-11-20' }).expect(400);
    await conclude(c.id, { findings: 'nothing open', outcome: 'remedial-plan' }).expect(409);
    await h.moveTo(c.id, 'remedial-plan', 'a plan was agreed straight away');
    const wrongStage = await investigate(c.id, { terms: 'late contacts', reportBy: '2026-11-20' }).expect(409);
    expect(JSON.stringify(wrongStage.body)).toContain('contract management meeting');
  });
});
