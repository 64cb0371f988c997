import { STARTER_CATALOGUE } from '../../kpis/domain/starter-catalogue';
import { PackEntry, packRows } from './month-pack';

const d = STARTER_CATALOGUE.find((k) => k.id === 'assessment-commenced-14-days')!;
const definitions = new Map([[d.id, d]]);
const months = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
const entry = (providerId: string, period: string, value: number, more: Partial<PackEntry> = {}): PackEntry => ({
  kpiId: d.id,
  providerId,
  attribution: 'member',
  period,
  value,
  status: 'red',
  breached: true,
  ...more,
});

describe('the monthly pack', () => {
  const history = [entry('p1', '2026-09', 80), entry('p1', '2026-10', 70), entry('p2', '2026-10', 60)];

  it('gives each provider its value for the month, the six-month trend and the direction of travel against the month before', () => {
    const [p1, p2] = packRows('2026-10', months, history, definitions, []);
    expect(p1).toMatchObject({
      providerId: 'p1',
      kpi: d.name,
      target: d.target,
      floor: d.floor,
      value: 70,
      breached: true,
      directionOfTravel: 'worsening',
    });
    expect(p1.trend).toEqual([null, null, null, null, 80, 70]);
    expect(p2).toMatchObject({ providerId: 'p2', directionOfTravel: 'new' });
  });

  it('takes a breach out of the pack under relief, for the provider and KPI it covers', () => {
    const rows = packRows('2026-10', months, history, definitions, [{ providerId: 'p2', reason: 'an outage' }]);
    expect(rows.map((r) => [r.providerId, r.breached, r.relief])).toEqual([
      ['p1', true, undefined],
      ['p2', false, 'an outage'],
    ]);
    expect(packRows('2026-10', months, history, definitions, [{ kpiId: 'another-kpi', reason: 'x' }]).every((r) => r.breached)).toBe(true);
  });
});
