import { STARTER_CATALOGUE } from '../../kpis/domain/starter-catalogue';
import { ClosedFigure, closedMonthAnnouncement } from './closed-month-announcement';
import { ClosedValue } from './period';

const d = STARTER_CATALOGUE.find((k) => k.id === 'assessment-commenced-14-days')!;
const AT = '2026-11-01T09:00:00.000Z';
const frozen = (more: Partial<ClosedValue> = {}): ClosedValue => ({
  kpiId: d.id,
  providerId: 'p1',
  attribution: 'member',
  period: '2026-10',
  definitionVersion: d.version,
  value: 50,
  numerator: 3,
  denominator: 6,
  status: 'red',
  breached: true,
  ...more,
});
const figure = (more: Partial<ClosedFigure> = {}): ClosedFigure => ({
  value: frozen(),
  closure: 'provisional',
  reliefs: [],
  definition: d,
  measuredAt: AT,
  ...more,
});

describe("a closed month's announcement", () => {
  it('carries the frozen figures, keyed like the live values, with the thresholds and breach rule they were judged by', () => {
    expect(closedMonthAnnouncement(figure())).toEqual({
      key: `p1|${d.id}`,
      data: {
        kpiId: d.id,
        definitionVersion: d.version,
        providerId: 'p1',
        attribution: 'member',
        period: '2026-10',
        value: 50,
        numerator: 3,
        denominator: 6,
        status: 'red',
        target: d.target,
        floor: d.floor,
        breachRule: 'red',
        measuredAt: AT,
        breached: true,
        closure: 'provisional',
      },
    });
    expect(
      closedMonthAnnouncement(figure({ closure: 'confirmed', value: frozen({ breached: false, status: 'amber' }) })).data,
    ).toMatchObject({
      closure: 'confirmed',
      status: 'amber',
      breached: false,
    });
  });

  it('takes a breach away under relief, saying so, and carries no reason', () => {
    const { data } = closedMonthAnnouncement(figure({ reliefs: [{ providerId: 'p1', reason: 'an outage' }] }));
    expect(data).toMatchObject({ status: 'red', breached: false, clearedBy: 'relief' });
    expect(JSON.stringify(data)).not.toContain('an outage');
    expect(closedMonthAnnouncement(figure({ reliefs: [{ kpiId: d.id, reason: 'a surge' }] })).data.clearedBy).toBe('relief');
  });

  it('leaves a figure as frozen under relief for another provider or KPI, or when it was not in breach', () => {
    expect(closedMonthAnnouncement(figure({ reliefs: [{ providerId: 'p2', reason: 'an outage' }] })).data).toMatchObject({
      breached: true,
    });
    expect(closedMonthAnnouncement(figure({ reliefs: [{ kpiId: 'another-kpi', reason: 'x' }] })).data.clearedBy).toBeUndefined();
    const green = closedMonthAnnouncement(
      figure({ value: frozen({ breached: false, status: 'green' }), reliefs: [{ reason: 'all' }] }),
    ).data;
    expect(green).toMatchObject({ breached: false });
    expect(green).not.toHaveProperty('clearedBy');
  });

  it('says an upheld dispute cleared a breach only when the figure it replaced was in breach and the new one is not', () => {
    const cleared = frozen({ value: 90, status: 'green', breached: false });
    expect(closedMonthAnnouncement(figure({ value: cleared, replaced: frozen() })).data.clearedBy).toBe('dispute-upheld');
    expect(closedMonthAnnouncement(figure({ value: frozen({ value: 57.1 }), replaced: frozen() })).data).toMatchObject({ breached: true });
    expect(closedMonthAnnouncement(figure({ value: cleared, replaced: frozen({ breached: false }) })).data).not.toHaveProperty('clearedBy');
  });

  it('still says an upheld dispute cleared the breach when the figure is confirmed later, and not once it is in breach again (ADR 0016)', () => {
    const cleared = frozen({ value: 90, status: 'green', breached: false, clearedBy: 'dispute-upheld' });
    expect(closedMonthAnnouncement(figure({ value: cleared, closure: 'confirmed' })).data).toMatchObject({
      closure: 'confirmed',
      breached: false,
      clearedBy: 'dispute-upheld',
    });
    const breachedAgain = frozen({ breached: true, clearedBy: 'dispute-upheld' });
    expect(closedMonthAnnouncement(figure({ value: breachedAgain, closure: 'confirmed' })).data).not.toHaveProperty('clearedBy');
  });

  it('leaves the thresholds out when the definition is not known', () => {
    const { data } = closedMonthAnnouncement(figure({ definition: undefined }));
    for (const field of ['target', 'floor', 'breachRule']) expect(data).not.toHaveProperty(field);
  });
});
