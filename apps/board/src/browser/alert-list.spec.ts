import type { BoardAlert } from '../board-view-models.js';
import { alertDetail, alertGroupKey, alertKey, freshAlerts, relatedLabel } from './alert-list.js';

const alert = (fields: Partial<BoardAlert>): BoardAlert => ({
  kind: 'board-referral',
  providerId: 'vale-family-support',
  kpiId: 'first-contact-10-days',
  ...fields,
});

describe('the alert list', () => {
  it('knows an alert by its id, from the list or from the live feed', () => {
    expect(alertKey(alert({ id: 'a-1' }))).toBe('a-1');
    expect(alertKey(alert({ alertId: 'a-2' }))).toBe('a-2');
  });

  it('lets through only the alerts it has not seen, whichever way they came', () => {
    const seen = new Map<string | undefined, BoardAlert>();
    expect(freshAlerts(seen, [alert({ id: 'a-1' }), alert({ id: 'a-2' })]).map(alertKey)).toEqual(['a-1', 'a-2']);
    expect(freshAlerts(seen, [alert({ alertId: 'a-2' }), alert({ alertId: 'a-3' })]).map(alertKey)).toEqual(['a-3']);
    expect(freshAlerts(seen, [alert({ id: 'a-1' })])).toEqual([]);
    expect([...seen.keys()]).toEqual(['a-1', 'a-2', 'a-3']);
  });

  it('says who, which KPI and (when there is one) which stage', () => {
    const names = {
      provider: (id: string) => (id === 'vale-family-support' ? 'Vale Family Support' : id),
      kpi: () => 'Contact in 10 days',
      stage: () => 'Board referral',
    };
    expect(alertDetail(alert({ stage: 'board-referral' }), names)).toBe('Vale Family Support · Contact in 10 days · Board referral');
    expect(alertDetail(alert({ stage: null }), names)).toBe('Vale Family Support · Contact in 10 days');
  });

  it("groups related alerts: one case's alerts on one day together, another day or another case apart, and an alert with no case alone", () => {
    const day = (caseId: string | undefined, raisedAt: string, id: string) => alertGroupKey(alert({ caseId, raisedAt, id }));
    expect(day('c-1', '2026-12-04T09:00:00Z', 'a-1')).toBe(day('c-1', '2026-12-04T17:30:00Z', 'a-2'));
    expect(day('c-1', '2026-12-04T09:00:00Z', 'a-1')).not.toBe(day('c-1', '2026-12-05T09:00:00Z', 'a-3'));
    expect(day('c-1', '2026-12-04T09:00:00Z', 'a-1')).not.toBe(day('c-2', '2026-12-04T09:00:00Z', 'a-4'));
    expect(day(undefined, '2026-12-04T09:00:00Z', 'a-5')).not.toBe(day(undefined, '2026-12-04T09:00:00Z', 'a-6'));
    expect([1, 2, 3].map(relatedLabel)).toEqual([
      '',
      '1 earlier related alert on this case today',
      '2 earlier related alerts on this case today',
    ]);
  });
});
