import { KpiDefinition } from './kpi-definition';
import { StoredValue } from './kpi-value';
import { jobsFor, measure, Writes } from './measurement';
import { STARTER_CATALOGUE } from './starter-catalogue';

const kpi = (id: string) => STARTER_CATALOGUE.find((k) => k.id === id)!;
const AT = '2026-11-01T09:00:00.000Z';
const writes = () => new Writes(() => AT);
const stored = (d: KpiDefinition, period: string, status: StoredValue['status'], breached = false): StoredValue => ({
  kpiId: d.id,
  providerId: 'p1',
  attribution: 'member',
  period,
  definitionVersion: d.version,
  value: 1,
  status,
  breached,
});

describe('measuring KPIs', () => {
  it('measures each changed member, then the consortium over every member, for all the months that changed', () => {
    const jobs = jobsFor(
      { consortiumId: 'c', providerIds: ['p1', 'p2'] },
      new Map([
        ['p2', { months: new Set(['2026-10']), kinds: new Set(['carer' as const]) }],
        ['p1', { months: new Set(['2026-09']), kinds: new Set(['assessment' as const]) }],
      ]),
    );
    expect(jobs.map((j) => [j.id, j.attribution, j.providers, j.months, [...(j.kinds ?? [])]])).toEqual([
      ['p1', 'member', ['p1'], ['2026-09'], ['assessment']],
      ['p2', 'member', ['p2'], ['2026-10'], ['carer']],
      ['c', 'consortium', ['p1', 'p2'], ['2026-09', '2026-10'], ['assessment', 'carer']],
    ]);
  });

  it('leaves the consortium out when no member changed', () => {
    expect(
      jobsFor({ consortiumId: 'c', providerIds: ['p1'] }, new Map([['elsewhere', { months: new Set(['2026-10']) }]])).map((j) => j.id),
    ).toEqual(['elsewhere']);
  });

  it('announces a new value, and a move into breach, keyed by provider and KPI', () => {
    const d = kpi('assessment-commenced-14-days');
    const w = writes();
    measure(w, d, 'p1', 'member', '2026-10', { numerator: 1, denominator: 50, value: 2 }, new Map());
    expect(w.events.map((e) => [e.kind, e.key])).toEqual([
      ['measured', `p1|${d.id}`],
      ['breached', `p1|${d.id}`],
    ]);
    expect(w.events[0].data).toMatchObject({ kpiId: d.id, period: '2026-10', value: 2, status: 'red', measuredAt: AT });
    expect([...w.values.values()]).toMatchObject([{ kpiId: d.id, providerId: 'p1', period: '2026-10', breached: true }]);
  });

  it('looks back by calendar month, not by stored rows: months with no value between two reds are months without cases (issue 19, ADR 0028)', () => {
    const strict: KpiDefinition = { ...kpi('waiting-list-size'), breachRule: { kind: 'consecutive', months: 2, within: 2 } };
    const red = { value: 150, denominator: 150 };
    const values = new Map<string, StoredValue>([[`${strict.id}|2026-06`, stored(strict, '2026-06', 'red')]]);
    const w = writes();
    // June red, nothing stored for July and August: September is not the second month of a run
    measure(w, strict, 'p1', 'member', '2026-09', red, values);
    expect(values.get(`${strict.id}|2026-09`)).toMatchObject({ status: 'red', breached: false });
    measure(w, strict, 'p1', 'member', '2026-10', red, values);
    expect(values.get(`${strict.id}|2026-10`)).toMatchObject({ status: 'red', breached: true });
  });

  it('judges a member on its own target and floor where the definition sets one, and announces them (issue 19)', () => {
    const d: KpiDefinition = { ...kpi('waiting-list-size'), providerTargets: [{ providerId: 'small-member', target: 10, floor: 20 }] };
    const w = writes();
    measure(w, d, 'small-member', 'member', '2026-10', { value: 15, denominator: 15 }, new Map());
    measure(w, d, 'large-member', 'member', '2026-10', { value: 15, denominator: 15 }, new Map());
    expect(
      w.events.filter((e) => e.kind === 'measured').map((e) => [e.data.providerId, e.data.status, e.data.target, e.data.floor]),
    ).toEqual([
      ['small-member', 'amber', 10, 20],
      ['large-member', 'green', 50, 100],
    ]);
  });

  it('announces nothing when the value is as stored', () => {
    const d = kpi('assessment-commenced-14-days');
    const w = writes();
    const values = new Map<string, StoredValue>();
    measure(w, d, 'p1', 'member', '2026-10', { numerator: 45, denominator: 50, value: 90 }, values);
    const again = writes();
    measure(again, d, 'p1', 'member', '2026-10', { numerator: 45, denominator: 50, value: 90 }, values);
    expect(again.events).toEqual([]);
    expect(again.values.size).toBe(0);
  });

  it('moves a later month into breach when an earlier month turns red under a rule that looks back', () => {
    const d: KpiDefinition = { ...kpi('listened-to-and-respected'), breachRule: { kind: 'consecutive', months: 2 } };
    const values = new Map([[`${d.id}|2026-10`, stored(d, '2026-10', 'red')]]);
    const w = writes();
    measure(w, d, 'p1', 'member', '2026-09', { value: 1, denominator: 20 }, values);
    expect(values.get(`${d.id}|2026-10`)!.breached).toBe(true);
    expect(w.events.map((e) => [e.kind, e.data.period])).toEqual([
      ['measured', '2026-09'],
      ['breached', '2026-10'],
    ]);
  });
});
