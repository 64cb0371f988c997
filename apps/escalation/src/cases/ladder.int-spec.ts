import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { eventually } from '@carers/testing';
import { ContractTermsRecorded, Topics } from '@carers/contracts';
import { CONSORTIUM, escalationUnderTest, EscalationHarness, WILTSHIRE } from './escalation.test-helpers';

jest.setTimeout(90_000);

describe('the escalation ladder, driven through the real broker on a controllable clock', () => {
  let h: EscalationHarness;

  beforeAll(async () => {
    h = await escalationUnderTest('2026-11-02');
  }, 90_000);
  afterAll(() => h?.stop(), 30_000);

  const eventuallyCredit = (caseId: string, period: string, status: string) =>
    eventually(async () => (await h.detail(caseId)).credits.find((c: any) => c.period === period && c.status === status), 20_000);

  it('climbs every stage on confirmed months from an amber notice to contract remedies, withholds capped credits from the contract holder, alerts the board, and closes on recovery (ADR 0016)', async () => {
    const [p, k] = [CONSORTIUM, 'assessment-commenced-14-days'];
    h.clock.set('2026-11-02');
    await h.kpi('measured', p, k, '2026-10', 'amber');
    const amber = await h.until(p, k, (c) => c.stage === 'amber-notice');
    expect(amber).toMatchObject({ dueOn: '2026-11-09', openedPeriod: '2026-10' });

    // a breach not yet confirmed is an early warning only
    await h.kpi('measured', p, k, '2026-10', 'red');
    await h.kpi('breached', p, k, '2026-10', 'red');
    await h.closed('provisional', p, k, '2026-10', 'red', true);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await h.caseOf(p, k)).stage).toBe('amber-notice');
    h.clock.set('2026-11-10');
    await h.closed('confirmed', p, k, '2026-10', 'red', true);
    await h.until(p, k, (c) => c.stage === 'review-meeting' && c.dueOn === '2026-11-17');
    h.clock.set('2026-12-10');
    await h.kpi('breached', p, k, '2026-12', 'red');
    await h.closed('confirmed', p, k, '2026-11', 'red', true);
    const planStage = await h.until(p, k, (c) => c.stage === 'remedial-plan');
    expect(planStage.dueOn).toBe('2026-12-24');

    h.clock.set('2026-12-29');
    await h.runDue();
    expect(await h.caseOf(p, k)).toMatchObject({ stage: 'improvement-notice', dueOn: '2027-01-08' });
    h.clock.set('2027-01-11');
    await h.runDue();
    expect(await h.caseOf(p, k)).toMatchObject({ stage: 'service-credits', creditsAccrued: 1 });

    // December closes provisionally in breach: a credit accrues, not yet withheld, and the board hears nothing yet
    h.clock.set('2027-01-12');
    await h.closed('provisional', p, k, '2026-12', 'red', true);
    await eventuallyCredit(planStage.id, '2026-12', 'accrued');
    expect((await h.caseOf(p, k)).stage).toBe('service-credits');
    expect((await h.alertsFor(planStage.id)).filter((a: string) => a.startsWith('credit-'))).toEqual(['credit-withheld']);
    h.clock.set('2027-01-22');
    await h.closed('confirmed', p, k, '2026-12', 'red', true);
    await h.until(p, k, (c) => c.stage === 'board-referral' && c.creditsAccrued === 2);
    h.clock.set('2027-02-10');
    await h.closed('confirmed', p, k, '2027-01', 'red', true);
    await h.until(p, k, (c) => c.creditsAccrued === 3);
    expect((await h.caseOf(p, k)).stage).toBe('board-referral');
    h.clock.set('2027-03-10');
    await h.closed('confirmed', p, k, '2027-02', 'red', true);
    const remedy = await h.until(p, k, (c) => c.stage === 'contract-remedy');

    const detail = await h.detail(remedy.id);
    expect(detail.credits.map((c: any) => [c.period, c.amountPence, c.uncappedPence, c.status])).toEqual([
      ['2026-11', 250_000, 250_000, 'withheld'],
      ['2026-12', 250_000, 250_000, 'withheld'],
      ['2027-01', 250_000, 250_000, 'withheld'],
      ['2027-02', 0, 250_000, 'withheld'],
    ]);
    expect(detail.credits[1]).toMatchObject({ accruedOn: '2027-01-12', withheldOn: '2027-01-22' });
    expect(detail.transitions.filter((t: any) => t.to).map((t: any) => [t.action, t.to, t.cause])).toEqual([
      ['opened', 'amber-notice', 'kpi-amber'],
      ['escalated', 'review-meeting', 'kpi-breached'],
      ['escalated', 'remedial-plan', 'breach-persisted'],
      ['escalated', 'improvement-notice', 'plan-overdue'],
      ['escalated', 'service-credits', 'notice-not-complied'],
      ['escalated', 'board-referral', 'credits-accrued'],
      ['escalated', 'contract-remedy', 'breach-persisted-at-board'],
    ]);
    const moved = detail.transitions.find((t: any) => t.to === 'review-meeting');
    expect(moved).toMatchObject({
      actor: 'ladder',
      policyVersion: 3,
      kpi: { period: '2026-10', status: 'red', breached: true, target: 85, floor: 70, breachRule: 'red' },
    });
    expect(detail.plans.map((pl: any) => [pl.cycle, pl.status])).toEqual([[1, 'failed']]);

    const waived = await request(h.service.url)
      .post(`/credits/${detail.credits[0].id}/adjustment`)
      .set(h.officer)
      .send({ amountPence: 0, reason: 'relief agreed for the November referral surge' })
      .expect(200);
    expect(waived.body).toMatchObject({ amountPence: 0, originalPence: 250_000, status: 'waived' });
    const ledger = (await request(h.service.url).get('/credits').set(h.board).expect(200)).body;
    expect(ledger.totals.find((t: any) => t.providerId === p && t.financialYear === '2026-04')).toEqual({
      providerId: p,
      financialYear: '2026-04',
      netPence: 500_000,
      retainedPence: 0,
      releasedPence: 0,
      accruedPence: 750_000,
      waivedOrAdjustedPence: 250_000,
      pendingPence: 0,
      reversedPence: 0,
    });

    // recovery is sustained (issue 18): three consecutive confirmed healthy months before the case closes
    for (const [today, period] of [
      ['2027-04-10', '2027-03'],
      ['2027-05-10', '2027-04'],
    ]) {
      h.clock.set(today);
      await h.kpi('recovered', p, k, period, 'green');
      await h.closed('confirmed', p, k, period, 'green', false);
    }
    h.clock.set('2027-06-01');
    await h.kpi('measured', p, k, '2027-05', 'green');
    await h.closed('provisional', p, k, '2027-05', 'green', false);
    await h.runDue();
    await new Promise((r) => setTimeout(r, 1500));
    expect((await h.caseOf(p, k)).status).toBe('open');
    h.clock.set('2027-06-10');
    await h.closed('confirmed', p, k, '2027-05', 'green', false);
    const closed = await h.until(p, k, () => true, 'closed');
    expect(closed).toMatchObject({ outcome: 'recovered', closedOn: '2027-06-10', creditsAccrued: 4 });
    // the credits still withheld are retained for good with the case (ADR 0018: the default policy); the waived one stays waived
    const settled = await h.detail(closed.id);
    expect(settled.credits.map((c: any) => [c.period, c.status, c.settledOn])).toEqual([
      ['2026-11', 'waived', null],
      ['2026-12', 'retained', '2027-06-10'],
      ['2027-01', 'retained', '2027-06-10'],
      ['2027-02', 'retained', '2027-06-10'],
    ]);
    const year = (await request(h.service.url).get('/credits').set(h.board).expect(200)).body.totals.find(
      (t: any) => t.providerId === p && t.financialYear === '2026-04',
    );
    expect(year).toMatchObject({ netPence: 500_000, retainedPence: 500_000, releasedPence: 0, waivedOrAdjustedPence: 250_000 });
    expect((await h.alertsFor(closed.id)).sort()).toEqual(
      [
        'board-referral',
        'case-closed',
        'contract-remedy-recommended',
        'credit-withheld',
        'credit-withheld',
        'credit-withheld',
        'plan-failed',
      ].sort(),
    );
    // the credit that reached the cap said so; the £0.00 month after it raised no alert (issue 18)
    const board = (await request(h.service.url).get('/alerts').set(h.board).expect(200)).body.filter((a: any) => a.caseId === closed.id);
    expect(board.find((a: any) => a.kind === 'case-closed').summary).toContain('Its 3 withheld credits of £5,000.00 retained.');
    expect(board.filter((a: any) => a.kind === 'credit-withheld').map((a: any) => a.summary.includes('cap is now reached'))).toEqual([
      true,
      false,
      false,
    ]);
    await h.closed('confirmed', p, k, '2027-02', 'red', true);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await h.detail(closed.id)).credits).toHaveLength(4);
  });

  it('reverses a credit accrued on a provisional month when an upheld dispute clears it, tells the board once, and never withholds it (ADR 0016)', async () => {
    const [p, k] = [CONSORTIUM, 'carer-support-plan-reviewed'];
    const opened = await h.atServiceCredits(p, k, 'persistent failure agreed at the review meeting');
    h.clock.set('2026-12-02');
    await h.closed('provisional', p, k, '2026-11', 'red', true);
    await eventuallyCredit(opened.id, '2026-11', 'accrued');
    expect(await h.alertsFor(opened.id)).toEqual([]);
    h.clock.set('2026-12-08');
    for (let i = 0; i < 2; i++) await h.closed('provisional', p, k, '2026-11', 'red', false, 'dispute-upheld');
    const reversed = await eventuallyCredit(opened.id, '2026-11', 'reversed');
    expect(reversed).toMatchObject({ reversalReason: 'dispute-upheld', reversedOn: '2026-12-08', amountPence: 250_000 });
    await h.closed('confirmed', p, k, '2026-11', 'red', false, 'dispute-upheld');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await h.alertsFor(opened.id)).toEqual(['credit-reversed']);
    const [alert] = (await request(h.service.url).get('/alerts').set(h.board).expect(200)).body.filter((a: any) => a.caseId === opened.id);
    expect(alert.summary).toContain("reversed before it was withheld (the provider's dispute of the figure upheld)");
    expect(await h.caseOf(p, k)).toMatchObject({ stage: 'service-credits', creditsAccrued: 0 });
    const ledger = (await request(h.service.url).get('/credits').set(h.board).expect(200)).body;
    const totals = ledger.totals.find((t: any) => t.providerId === p && t.financialYear === '2026-04');
    expect(totals.accruedPence).toBe(
      totals.netPence + totals.pendingPence + totals.reversedPence + totals.releasedPence + totals.waivedOrAdjustedPence,
    );
    expect(totals.reversedPence).toBeGreaterThanOrEqual(250_000);
  });

  it("charges the contract once: a member's own figure opens a case for the lead's management but never accrues a credit (ADR 0016)", async () => {
    const [p, k] = ['downs-carers-trust', 'carer-support-plan-reviewed'];
    const opened = await h.atServiceCredits(p, k, 'testing a member case at the credit stage');
    h.clock.set('2026-12-10');
    await h.closed('provisional', p, k, '2026-11', 'red', true);
    await h.closed('confirmed', p, k, '2026-11', 'red', true);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await h.detail(opened.id)).credits).toEqual([]);
    expect(await h.caseOf(p, k)).toMatchObject({ stage: 'service-credits', creditsAccrued: 0 });
  });

  it('opens one case and accrues one credit however often, and in whatever order, the KPI events arrive', async () => {
    const [p, k] = [CONSORTIUM, 'first-contact-10-days'];
    h.clock.set('2026-11-12');
    const earlier = '2026-11-01T10:00:00.000Z';
    await h.closed('confirmed', p, k, '2026-10', 'red', true);
    await h.closed('confirmed', p, k, '2026-10', 'red', true);
    await h.kpi('measured', p, k, '2026-10', 'amber', earlier);
    const opened = await h.until(p, k, (c) => c.stage === 'review-meeting');
    await h.moveTo(opened.id, 'service-credits', 'persistent failure agreed at the review meeting');
    h.clock.set('2026-12-12');
    await h.closed('provisional', p, k, '2026-11', 'red', true);
    for (let i = 0; i < 3; i++) await h.closed('confirmed', p, k, '2026-11', 'red', true);
    await h.closed('provisional', p, k, '2026-11', 'red', true);
    await h.kpi('measured', p, k, '2026-11', 'green', earlier);
    await h.until(p, k, (c) => c.creditsAccrued === 1);
    await new Promise((r) => setTimeout(r, 1500));
    const all = (await request(h.service.url).get(`/cases?providerId=${p}`).set(h.officer)).body.filter((c: any) => c.kpiId === k);
    expect(all).toHaveLength(1);
    const detail = await h.detail(opened.id);
    expect(detail.credits.map((c: any) => c.period)).toEqual(['2026-11']);
    expect(detail.transitions.find((t: any) => t.action === 'escalated' && t.to === 'service-credits')).toMatchObject({
      cause: 'officer-decision',
      reason: 'persistent failure agreed at the review meeting',
    });
  });

  it("releases a withheld credit to the provider on an officer's decision, with the reason, tells the board, settles it once, and exports the ledger for finance (ADR 0018)", async () => {
    const [p, k] = [CONSORTIUM, 'light-touch-review-on-time'];
    const opened = await h.atServiceCredits(p, k, 'persistent failure agreed at the review meeting');
    h.clock.set('2026-12-10');
    await h.closed('confirmed', p, k, '2026-11', 'red', true);
    const withheld = await eventuallyCredit(opened.id, '2026-11', 'withheld');
    h.clock.set('2027-01-15');
    const released = await request(h.service.url)
      .post(`/credits/${withheld.id}/settlement`)
      .set(h.officer)
      .send({ settlement: 'released', reason: 'the remedial plan was delivered in full' })
      .expect(200);
    expect(released.body).toMatchObject({ id: withheld.id, status: 'released', amountPence: withheld.amountPence });
    const again = await request(h.service.url)
      .post(`/credits/${withheld.id}/settlement`)
      .set(h.officer)
      .send({ settlement: 'retained', reason: 'changed my mind' })
      .expect(409);
    expect(again.body).toMatchObject({ code: 'illegal-state', message: expect.stringContaining('the credit is released') });
    await request(h.service.url)
      .post(`/credits/${withheld.id}/settlement`)
      .set(h.officer)
      .send({ settlement: 'forgiven', reason: 'x' })
      .expect(400);
    const credit = (await h.detail(opened.id)).credits.find((c: any) => c.id === withheld.id);
    expect(credit).toMatchObject({
      status: 'released',
      settledOn: '2027-01-15',
      settlementReason: 'the remedial plan was delivered in full',
    });
    expect(await h.alertsFor(opened.id)).toEqual(['credit-withheld', 'credit-released']);
    const csv = await request(h.service.url).get('/credits.csv').set(h.board).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="service-credits.csv"');
    const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r['credit_id'] === withheld.id)).toMatchObject({
      council: WILTSHIRE,
      provider: p,
      kpi: k,
      period: '2026-11',
      status: 'released',
      settled_on: '2027-01-15',
      reason: 'the remedial plan was delivered in full',
    });
    // the export and the ledger's totals agree to the penny
    const ledger = (await request(h.service.url).get('/credits').set(h.board).expect(200)).body;
    const totals = ledger.totals.find((t: any) => t.providerId === p && t.financialYear === '2026-04');
    const sum = (status: string) =>
      rows
        .filter((r) => r['provider'] === p && r['financial_year'] === '2026-04' && r['status'] === status)
        .reduce((n, r) => n + Number(r['amount_pence']), 0);
    expect(totals.releasedPence).toBe(sum('released'));
    expect(totals.accruedPence).toBe(
      totals.netPence + totals.pendingPence + totals.reversedPence + totals.releasedPence + totals.waivedOrAdjustedPence,
    );
  });

  it('decides a month on its figure as closed once performance has closed it: a late live breach of a month relief cleared moves nothing (ADR 0016)', async () => {
    const [p, k] = ['downs-carers-trust', 'carers-offered-assessment'];
    h.clock.set('2026-11-12');
    await h.closed('confirmed', p, k, '2026-10', 'red', true);
    await h.until(p, k, (c) => c.stage === 'review-meeting');
    h.clock.set('2026-12-03');
    await h.closed('provisional', p, k, '2026-11', 'red', false, 'relief');
    await h.kpi('breached', p, k, '2026-11', 'red');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await h.caseOf(p, k)).toMatchObject({ stage: 'review-meeting', status: 'open' });
    await h.closed('confirmed', p, k, '2026-11', 'red', false, 'relief');
    await h.closed('provisional', p, k, '2026-11', 'red', true);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await h.caseOf(p, k)).stage).toBe('review-meeting');
  });

  it("records with each step the month's figure as closed, not the live one it replaced (issue 18)", async () => {
    const [p, k] = ['downs-carers-trust', 'history-as-closed'];
    h.clock.set('2026-11-12');
    await h.kpi('measured', p, k, '2026-10', 'green');
    await h.closed('confirmed', p, k, '2026-10', 'red', true);
    const c = await h.until(p, k, (x) => x.stage === 'review-meeting');
    const opened = (await h.detail(c.id)).transitions.find((t: any) => t.action === 'opened');
    expect(opened.kpi).toMatchObject({ period: '2026-10', status: 'red', breached: true, value: 50, closure: 'confirmed' });
  });

  it('stops the clock while a case is paused for relief and moves its deadline by the working days paused, past the Christmas bank holidays', async () => {
    const [p, k] = ['downs-carers-trust', 'plan-within-7-days'];
    h.clock.set('2026-12-21');
    await h.kpi('measured', p, k, '2026-11', 'amber');
    const c = await h.until(p, k, (x) => x.stage === 'amber-notice');
    expect(c.dueOn).toBe('2026-12-30');
    await request(h.service.url)
      .post(`/cases/${c.id}/pause`)
      .set(h.officer)
      .send({ relief: 'system-outage', reason: 'case management system down 21 Dec to 5 Jan' })
      .expect(200);
    h.clock.set('2027-01-05');
    await h.runDue();
    expect(await h.caseOf(p, k)).toMatchObject({ stage: 'amber-notice', status: 'paused' });
    const resumed = await request(h.service.url)
      .post(`/cases/${c.id}/resumption`)
      .set(h.officer)
      .send({ reason: 'system restored' })
      .expect(200);
    expect(resumed.body.dueOn).toBe('2027-01-12');
    h.clock.set('2027-01-12');
    await h.runDue();
    expect((await h.caseOf(p, k)).stage).toBe('amber-notice');
    h.clock.set('2027-01-13');
    await h.runDue();
    expect(await h.caseOf(p, k)).toMatchObject({ stage: 'review-meeting', dueOn: '2027-01-20' });
    await request(h.service.url).post(`/cases/${c.id}/pause`).set(h.officer).send({ relief: 'acts-of-god', reason: 'x' }).expect(400);
  });

  it('refers a case to the board after three rejected remedial plans', async () => {
    const [p, k] = ['vale-family-support', 'light-touch-review-on-time'];
    const vale = await h.provider(p);
    h.clock.set('2026-12-10');
    await h.closed('confirmed', p, k, '2026-10', 'red', true);
    await h.closed('confirmed', p, k, '2026-11', 'red', true);
    const c = await h.until(p, k, (x) => x.stage === 'remedial-plan');
    const plan = { actions: [{ actionId: 'A1', description: 'Recruit two assessors', ownerRole: 'Service manager', dueOn: '2026-12-18' }] };
    for (let cycle = 1; cycle <= 3; cycle++) {
      await request(h.service.url).post(`/cases/${c.id}/plan`).set(vale).send(plan).expect(201);
      await request(h.service.url).post(`/cases/${c.id}/plan`).set(vale).send(plan).expect(409);
      await request(h.service.url)
        .post(`/cases/${c.id}/plan/decision`)
        .set(h.officer)
        .send({ outcome: 'rejected', reason: `cycle ${cycle}: no recovery trajectory` })
        .expect(200);
    }
    const referred = await h.caseOf(p, k);
    expect(referred.stage).toBe('board-referral');
    const detail = await h.detail(c.id);
    expect(detail.plans.map((x: any) => x.status)).toEqual(['rejected', 'rejected', 'failed']);
    expect((await h.alertsFor(c.id)).sort()).toEqual(['board-referral', 'plan-failed']);
    // named as people know it, from the provider registry (issue 18)
    const summaries = (await request(h.service.url).get('/alerts').set(h.board).expect(200)).body
      .filter((a: any) => a.caseId === c.id)
      .map((a: any) => a.summary);
    expect(summaries.every((s: string) => s.startsWith('Vale Family Support: '))).toBe(true);
    const other = await h.provider('downs-carers-trust');
    await request(h.service.url).get(`/cases/${c.id}`).set(other).expect(404);
  });

  // last: once the contract is known, every later credit of the consortium is priced on it
  it("prices a credit as the contract's share of its monthly value once performance has announced the contract, and says so (ADR 0018)", async () => {
    const [p, k] = [CONSORTIUM, 'carers-offered-assessment'];
    await h.send(Topics.performanceContract, ContractTermsRecorded.type, `wilts-all-age-carers-2024:${WILTSHIRE}`, 'performance', {
      contractId: 'wilts-all-age-carers-2024',
      consortiumId: CONSORTIUM,
      consortiumOrganisation: 'Carers Together',
      annualValuePence: 620_000_000,
      startsOn: '2024-04-01',
      endsOn: '2028-03-31',
      perBreachedMonthPercent: 0.5,
      capPerKpiPercent: 2,
      capTotalPercent: 5,
    });
    const opened = await h.atServiceCredits(p, k, 'persistent failure agreed at the review meeting');
    h.clock.set('2026-12-10');
    await h.closed('confirmed', p, k, '2026-11', 'red', true);
    const credit = await eventuallyCredit(opened.id, '2026-11', 'withheld');
    // £6.2m a year: a twelfth is £516,666.67, and 0.5% of it £2,583.33
    expect(credit).toMatchObject({ amountPence: 258_333, uncappedPence: 258_333, basis: 'contract-schedule' });
    const accrued = (await h.detail(opened.id)).transitions.find((t: any) => t.action === 'credit-accrued');
    expect(accrued.reason).toBe("258333 pence (258333 before caps; a share of the contract's monthly value)");
    // the board reads the consortium's name as people know it, from the contract (issue 18)
    const [withheld] = (await request(h.service.url).get('/alerts').set(h.board).expect(200)).body.filter(
      (a: any) => a.caseId === opened.id,
    );
    expect(withheld.summary).toMatch(/^Carers Together: service credit of £2,583\.33 withheld/);
  });
});
