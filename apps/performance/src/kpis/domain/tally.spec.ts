import { AssessmentFact, CarerFact } from './facts';
import { assessmentContributions, carerContributions, difference, Tallies, UNKNOWN_DAYS } from './tally';

const request: AssessmentFact = { assessmentId: 'a', providerId: 'p', fastTrack: false, requestedOn: '2026-01-30' };

describe('tallies', () => {
  it('adds only what a fact changed: a commenced request leaves the waiting list and counts its wait', () => {
    const commenced = { ...request, contactedOn: '2026-02-02', commencedOn: '2026-03-02' };
    expect(difference(assessmentContributions(request), assessmentContributions(commenced))).toEqual(
      expect.arrayContaining([
        { period: '2026-02', series: 'first-contact', bucket: 3, count: 1 },
        { period: '2026-03', series: 'commenced', bucket: 31, count: 1 },
        { period: '2026-03', series: 'waiting-list', bucket: 0, count: -1 },
      ]),
    );
    expect(difference(assessmentContributions(commenced), assessmentContributions(commenced))).toEqual([]);
  });

  it('keeps a waiting-list spell that opens and closes in one month out of every month-end count', () => {
    expect(assessmentContributions({ ...request, refusedOn: '2026-01-31' }).filter((c) => c.series === 'waiting-list')).toEqual([]);
    // a close dated before the request still never counts it as waiting
    const t = new Tallies(assessmentContributions({ ...request, refusedOn: '2025-12-01' }));
    expect(['2025-12', '2026-01', '2026-02'].map((m) => t.runningTotal('waiting-list', m))).toEqual([0, 0, 0]);
  });

  it('counts a plan agreed with no known assessment date, never as on time', () => {
    expect(assessmentContributions({ ...request, planAgreedOn: '2026-02-10' })).toContainEqual({
      period: '2026-02',
      series: 'plan-after-assessment',
      bucket: UNKNOWN_DAYS,
      count: 1,
    });
  });

  it("counts a carer on the register at each month's end until they leave, and an emergency plan from the month it is made", () => {
    const carer: CarerFact = {
      carerId: 'c',
      providerId: 'p',
      registeredOn: '2026-01-10',
      gpConsent: true,
      emergencyPlanOn: '2026-02-20',
      deregisteredOn: '2026-04-01',
    };
    const t = new Tallies(carerContributions(carer));
    const months = ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04'];
    expect(months.map((m) => t.runningTotal('carers-supported', m))).toEqual([0, 1, 1, 1, 0]);
    expect(months.map((m) => t.runningTotal('carers-gp-consent', m))).toEqual([0, 1, 1, 1, 0]);
    expect(months.map((m) => t.runningTotal('carers-emergency-plan', m))).toEqual([0, 0, 1, 1, 0]);
  });

  it('adds providers together for the consortium, running totals carried in from earlier months included', () => {
    const a = new Tallies([{ period: '2026-03', series: 'commenced', bucket: 4, count: 2 }], { 'waiting-list': 5 });
    const b = new Tallies(
      [
        { period: '2026-03', series: 'commenced', bucket: 4, count: 1 },
        { period: '2026-03', series: 'waiting-list', bucket: 0, count: -2 },
      ],
      { 'waiting-list': 1 },
    );
    const both = Tallies.sum([a, b]);
    expect(both.histogram('commenced', '2026-03')).toEqual([[4, 3]]);
    expect(both.runningTotal('waiting-list', '2026-02')).toBe(6);
    expect(both.runningTotal('waiting-list', '2026-03')).toBe(4);
  });
});
