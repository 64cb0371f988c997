import request from 'supertest';
import { CouncilClosureDayAdded, CouncilClosureDayRemoved, Topics } from '@carers/contracts';
import { bearer, eventually } from '@carers/testing';
import { CONSORTIUM, escalationUnderTest, EscalationHarness, WILTSHIRE } from './escalation.test-helpers';

jest.setTimeout(90_000);

describe("one calendar: the council's closure days from assessments move escalation's deadlines (ADR 0017)", () => {
  let h: EscalationHarness;

  beforeAll(async () => {
    h = await escalationUnderTest('2026-11-02');
  }, 90_000);
  afterAll(() => h?.stop(), 30_000);

  /** A closure day as assessments publishes it when a council adds one (POST /clock-policy/bank-holidays). */
  const closureDay = (day: string, description: string) =>
    h.send(Topics.assessmentsCalendar, CouncilClosureDayAdded.type, WILTSHIRE, 'assessments', { day, description });
  const calendar = async () => (await request(h.service.url).get('/calendar').set(h.board).expect(200)).body;

  it('moves a deadline set after a closure day is announced by one working day, and a pause counts without it (ADR 0017)', async () => {
    h.clock.set('2026-11-02');
    // Monday 2 November 2026: an amber notice gives 5 working days, to Monday 9
    await h.kpi('measured', CONSORTIUM, 'first-contact-10-days', '2026-10', 'amber');
    const before = await h.until(CONSORTIUM, 'first-contact-10-days', (c) => c.stage === 'amber-notice');
    expect(before.dueOn).toBe('2026-11-09');

    // Wiltshire closes on Wednesday 4 November; assessments announces it, sent twice (the second renames it)
    await closureDay('2026-11-04', 'Council closure');
    await closureDay('2026-11-04', 'Council closure day');
    const seen = await eventually(async () => {
      const c = await calendar();
      return c.closureDays.some((d: any) => d.description === 'Council closure day') ? c : undefined;
    }, 20_000);
    expect(seen).toEqual({ today: '2026-11-02', closureDays: [{ day: '2026-11-04', description: 'Council closure day' }] });

    // a case opened now skips the closed Wednesday: Tuesday 10, one working day later
    await h.kpi('measured', CONSORTIUM, 'assessment-commenced-14-days', '2026-10', 'amber');
    const after = await h.until(CONSORTIUM, 'assessment-commenced-14-days', (c) => c.stage === 'amber-notice');
    expect(after.dueOn).toBe('2026-11-10');
    // a deadline set before stays as it was set
    expect((await h.caseOf(CONSORTIUM, 'first-contact-10-days')).dueOn).toBe('2026-11-09');

    // paused Tuesday 3 to Thursday 5: one working day paused (Wednesday was closed), so Monday 9 -> Tuesday 10
    h.clock.set('2026-11-03');
    await request(h.service.url)
      .post(`/cases/${before.id}/pause`)
      .set(h.officer)
      .send({ relief: 'system-outage', reason: 'case management system down' })
      .expect(200);
    h.clock.set('2026-11-05');
    const resumed = await request(h.service.url)
      .post(`/cases/${before.id}/resumption`)
      .set(h.officer)
      .send({ reason: 'restored' })
      .expect(200);
    expect(resumed.body.dueOn).toBe('2026-11-10');
    const detail = await h.detail(before.id);
    expect(detail.transitions.find((t: any) => t.action === 'resumed')?.cause).toBe('paused-1-working-days');

    // the board counts from the services' day, not its own (ADR 0017)
    expect((await calendar()).today).toBe('2026-11-05');
  });

  it("keeps each council's closure days to itself; a provider sees the calendar of the council it works for", async () => {
    const provider = await request(h.service.url)
      .get('/calendar')
      .set(await h.provider('downs-carers-trust'))
      .expect(200);
    expect(provider.body.closureDays.map((d: any) => d.day)).toEqual(['2026-11-04']);
    const herefordshire = await bearer({ role: 'council-officer', tenant: 'E06000019' });
    expect((await request(h.service.url).get('/calendar').set(herefordshire).expect(200)).body.closureDays).toEqual([]);
  });

  it('counts a closure day the council removed as a working day again for deadlines set from then on (ADR 0017)', async () => {
    h.clock.set('2026-11-16');
    await closureDay('2026-11-18', 'Council closure (cancelled)');
    await eventually(async () => ((await calendar()).closureDays.some((d: any) => d.day === '2026-11-18') ? true : undefined), 20_000);
    await h.send(Topics.assessmentsCalendar, CouncilClosureDayRemoved.type, WILTSHIRE, 'assessments', { day: '2026-11-18' });
    await eventually(async () => ((await calendar()).closureDays.some((d: any) => d.day === '2026-11-18') ? undefined : true), 20_000);
    // Monday 16 November + 5 working days, Wednesday 18 counted again: Monday 23
    await h.kpi('measured', CONSORTIUM, 'closure-day-removed', '2026-10', 'amber');
    expect((await h.until(CONSORTIUM, 'closure-day-removed', (c) => c.stage === 'amber-notice')).dueOn).toBe('2026-11-23');
  });
});
