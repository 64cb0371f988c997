import request from 'supertest';
import { ProviderNoticeAnswered, Topics } from '@carers/contracts';
import { eventually } from '@carers/testing';
import { CONSORTIUM, escalationUnderTest, EscalationHarness } from './escalation.test-helpers';

jest.setTimeout(90_000);

const VALE = 'vale-family-support';

describe('notices a provider can answer, served by the ladder through the real broker (issue 18, ADR 0026)', () => {
  let h: EscalationHarness;

  beforeAll(async () => {
    h = await escalationUnderTest('2026-11-10');
  }, 90_000);
  afterAll(() => h?.stop(), 30_000);

  const noticesOf = async (caseId: string, as = h.officer) =>
    (await request(h.service.url).get(`/cases/${caseId}/notices`).set(as).expect(200)).body.notices;
  const notice = async (id: string) => (await request(h.service.url).get(`/notices/${id}`).set(h.officer).expect(200)).body;

  it("serves a Contract Performance Notice on the confirmed breach that opens a case, with its figures and a 5-working-day window, as HTML and PDF; the provider's dispute stops the clock until an officer rejects it with reasons (GC9)", async () => {
    const k = 'notice-cpn-served';
    const c = await h.atReviewMeeting(CONSORTIUM, k);
    expect(c.dueOn).toBe('2026-11-17');
    const [cpn] = await noticesOf(c.id);
    expect(cpn).toMatchObject({
      kind: 'contract-performance-notice',
      status: 'served',
      servedOn: '2026-11-10',
      respondBy: '2026-11-17',
      responseDays: 5,
      actBy: '2026-11-17',
      council: 'Wiltshire Council',
      policyVersion: expect.any(Number),
      deemedAccepted: false,
      figures: [{ period: '2026-10', status: 'red', breached: true, value: 50, target: 85, floor: 70, closure: 'confirmed' }],
    });
    expect(cpn.addressee).toMatch(/as the contract's holder$/);
    expect(cpn.fromStage).toBeUndefined();

    const html = await request(h.service.url).get(`/notices/${cpn.id}/document`).set(h.officer).expect(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    for (const words of [
      '<h1>Contract Performance Notice</h1>',
      'Wiltshire Council',
      '<dd>10 November 2026</dd>',
      '<dd>17 November 2026</dd>',
      '<td>October 2026</td>',
      cpn.reference,
    ])
      expect(html.text).toContain(words);
    const pdf = await request(h.service.url)
      .get(`/notices/${cpn.id}/document.pdf`)
      .set(h.officer)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (b: Buffer) => chunks.push(b));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="${cpn.reference}.pdf"`);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

    // another provider neither sees nor answers it
    const vale = await h.provider(VALE);
    await request(h.service.url).get(`/notices/${cpn.id}`).set(vale).expect(404);
    await request(h.service.url).post(`/notices/${cpn.id}/answer`).set(vale).send({ answer: 'accept' }).expect(404);

    const holder = await h.provider(CONSORTIUM);
    const bare = await request(h.service.url).post(`/notices/${cpn.id}/answer`).set(holder).send({ answer: 'dispute' }).expect(400);
    expect(JSON.stringify(bare.body)).toContain('grounds');
    h.clock.set('2026-11-12');
    const disputed = await request(h.service.url)
      .post(`/notices/${cpn.id}/answer`)
      .set(holder)
      .send({ answer: 'dispute', grounds: 'October includes 40 referrals the council sent late' })
      .expect(200);
    expect(disputed.body).toMatchObject({ status: 'disputed', answer: { answer: 'dispute', on: '2026-11-12' }, pausedCase: true });
    expect(await h.caseOf(CONSORTIUM, k)).toMatchObject({ status: 'paused' });
    await request(h.service.url).post(`/notices/${cpn.id}/answer`).set(holder).send({ answer: 'accept' }).expect(409);

    h.clock.set('2026-11-16');
    const decided = await request(h.service.url)
      .post(`/notices/${cpn.id}/decision`)
      .set(h.officer)
      .send({ outcome: 'rejected', reason: 'the late referrals were excluded from the figure already' })
      .expect(200);
    expect(decided.body).toMatchObject({ status: 'stands', decision: { outcome: 'rejected', on: '2026-11-16' } });
    // paused from the 12th to the 16th: two working days, so the meeting is due two working days later
    expect(await h.caseOf(CONSORTIUM, k)).toMatchObject({ status: 'open', stage: 'review-meeting', dueOn: '2026-11-19' });
    const history = (await h.detail(c.id)).transitions.map((t: any) => [t.action, t.cause]);
    expect(history).toEqual(
      expect.arrayContaining([
        ['notice-served', 'contract-performance-notice'],
        ['paused', 'notice-disputed'],
        ['notice-disputed', 'contract-performance-notice'],
        ['notice-dispute-rejected', 'contract-performance-notice'],
        ['resumed', 'paused-2-working-days'],
      ]),
    );
  });

  it("takes a member's answer from its own system's stream, and withdraws the notice and the case it opened when an officer upholds the dispute (ADR 0026)", async () => {
    const k = 'notice-upheld';
    const c = await h.atReviewMeeting(VALE, k);
    const [cpn] = await noticesOf(c.id, await h.provider(VALE));
    expect(cpn.addressee).toMatch(/as a member of the consortium$/);
    await h.send(Topics.providerNoticeResponse, ProviderNoticeAnswered.type, VALE, VALE, {
      providerId: VALE,
      noticeId: cpn.id,
      answer: 'dispute',
      grounds: 'the case system outage of 14 to 18 October was reported to the council at the time',
    });
    await eventually(async () => ((await notice(cpn.id)).status === 'disputed' ? true : undefined), 20_000);
    await request(h.service.url)
      .post(`/notices/${cpn.id}/decision`)
      .set(h.officer)
      .send({ outcome: 'upheld', reason: 'the outage was the council’s; relief applies' })
      .expect(200);
    expect(await notice(cpn.id)).toMatchObject({ status: 'withdrawn', decision: { outcome: 'upheld' } });
    expect(await h.caseOf(VALE, k, 'closed')).toMatchObject({ id: c.id, outcome: 'withdrawn' });
  });

  it('serves an improvement notice and an exception report to the provider board as a case climbs; upholding a dispute of the improvement notice returns the case to the stage before it (ADR 0026)', async () => {
    const k = 'notice-later-steps';
    const c = await h.atReviewMeeting(CONSORTIUM, k);
    await h.moveTo(c.id, 'remedial-plan', 'breach persists, agreed at the meeting');
    await h.moveTo(c.id, 'improvement-notice', 'the plan was not delivered');
    await h.moveTo(c.id, 'board-referral', 'the board asked to see the case now');
    const notices = await noticesOf(c.id);
    expect(notices.map((n: any) => [n.kind, n.fromStage ?? null])).toEqual([
      ['contract-performance-notice', null],
      ['exception-report', 'improvement-notice'],
      ['improvement-notice', 'remedial-plan'],
    ]);
    const improvement = notices.find((n: any) => n.kind === 'improvement-notice');
    expect(improvement.actBy).toBe('2026-11-19');
    const report = await request(h.service.url).get(`/notices/${notices[1].id}/document`).set(h.board).expect(200);
    expect(report.text).toContain('<h1>Exception report</h1>');
    const served = (await h.detail(c.id)).transitions.filter((t: any) => t.action === 'notice-served');
    expect(served.map((t: any) => [t.cause, t.actor === 'ladder' ? 'ladder' : 'officer'])).toEqual([
      ['contract-performance-notice', 'ladder'],
      ['improvement-notice', 'officer'],
      ['exception-report', 'officer'],
    ]);

    const holder = await h.provider(CONSORTIUM);
    await request(h.service.url)
      .post(`/notices/${improvement.id}/answer`)
      .set(holder)
      .send({ answer: 'dispute', grounds: 'the plan’s second action is not yet due' })
      .expect(200);
    await request(h.service.url)
      .post(`/notices/${improvement.id}/decision`)
      .set(h.officer)
      .send({ outcome: 'upheld', reason: 'action 2 is due in December' })
      .expect(200);
    expect(await h.caseOf(CONSORTIUM, k)).toMatchObject({ status: 'open', stage: 'remedial-plan' });
  });

  it('refuses an answer once the response window has closed, and shows the notice as deemed accepted (ADR 0026)', async () => {
    const k = 'notice-window';
    const c = await h.atReviewMeeting(VALE, k);
    const [cpn] = await noticesOf(c.id);
    h.clock.set('2026-11-18');
    const late = await request(h.service.url)
      .post(`/notices/${cpn.id}/answer`)
      .set(await h.provider(VALE))
      .send({ answer: 'accept' })
      .expect(409);
    expect(late.body.message ?? JSON.stringify(late.body)).toContain('closed on 2026-11-17');
    expect(await notice(cpn.id)).toMatchObject({ status: 'served', deemedAccepted: true });
  });
});
