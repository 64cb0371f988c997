import { AssessmentFact, CarerFact, ReviewFact } from './facts';
import { calculate, monthsMoved } from './kpi-calculation';
import { STARTER_CATALOGUE } from './starter-catalogue';
import { assessmentContributions, carerContributions, difference, reviewContributions, Tallies } from './tally';

const kpi = (id: string) => STARTER_CATALOGUE.find((k) => k.id === id)!;
const tallied = (f: { assessments: AssessmentFact[]; reviews: ReviewFact[]; carers?: CarerFact[] }) =>
  new Tallies([
    ...f.assessments.flatMap(assessmentContributions),
    ...f.reviews.flatMap(reviewContributions),
    ...(f.carers ?? []).flatMap(carerContributions),
  ]);
const a = (requestedOn: string, more: Partial<AssessmentFact> = {}): AssessmentFact => ({
  assessmentId: requestedOn + JSON.stringify(more),
  fastTrack: false,
  requestedOn,
  ...more,
});

describe('KPI calculations', () => {
  const assessments = [
    a('2026-03-01', { contactedOn: '2026-03-11', commencedOn: '2026-03-15' }), // contact on day 10, commenced on day 14
    a('2026-03-01', { contactedOn: '2026-03-12', commencedOn: '2026-03-20' }), // late on both
    a('2026-03-02', { fastTrack: true, contactedOn: '2026-03-03', commencedOn: '2026-03-06' }), // fast track on day 4
    a('2026-02-20', { contactedOn: '2026-02-25' }), // contacted in February, still waiting in March
    a('2026-03-25'), // requested, nothing yet
    a('2026-03-05', { refusedOn: '2026-03-06' }),
  ];
  const facts = tallied({ assessments, reviews: [] });

  it('counts timeliness in the month the step happened, within the days inclusive', () => {
    expect(calculate(kpi('first-contact-10-days'), '2026-03', facts)).toEqual({ numerator: 2, denominator: 3, value: 66.7 });
    expect(calculate(kpi('assessment-commenced-14-days'), '2026-03', facts)).toEqual({ numerator: 1, denominator: 2, value: 50 });
    expect(calculate(kpi('fast-track-commenced-4-days'), '2026-03', facts)).toEqual({ numerator: 1, denominator: 1, value: 100 });
  });

  it('counts the waiting list on the last day of the month', () => {
    expect(calculate(kpi('waiting-list-size'), '2026-02', facts).value).toBe(1);
    expect(calculate(kpi('waiting-list-size'), '2026-03', facts).value).toBe(2);
  });

  it('takes the median and 90th percentile of days to commence', () => {
    expect(calculate(kpi('median-wait-to-commence'), '2026-03', facts)).toEqual({ value: 14, denominator: 3 });
    // waits 4, 14 and 19 days: linear interpolation at rank 0.9 x 2 = 1.8 gives 14 + 0.8 x 5
    expect(calculate(kpi('p90-wait-to-commence'), '2026-03', facts).value).toBe(18);
  });

  it('judges reviews against their own due dates and counts wellbeing improvement', () => {
    const reviews: ReviewFact[] = [
      { reviewId: 'r1', assessmentId: 'x', reviewType: 'light-touch', dueOn: '2026-03-10', completedOn: '2026-03-09', improved: true },
      { reviewId: 'r2', assessmentId: 'y', reviewType: 'light-touch', dueOn: '2026-03-10', completedOn: '2026-03-12', improved: false },
      { reviewId: 'r3', assessmentId: 'z', reviewType: 'planned', dueOn: '2026-04-01', completedOn: '2026-03-20', improved: true },
    ];
    expect(calculate(kpi('light-touch-review-12-weeks'), '2026-03', tallied({ assessments: [], reviews }))).toEqual({
      numerator: 1,
      denominator: 2,
      value: 50,
    });
    expect(calculate(kpi('wellbeing-improved'), '2026-03', tallied({ assessments: [], reviews }))).toEqual({
      numerator: 2,
      denominator: 3,
      value: 66.7,
    });
  });

  it('counts GP consent and emergency plans among the carers supported at the end of the month', () => {
    const carers = [
      { carerId: '1', registeredOn: '2026-01-10', gpConsent: true, emergencyPlanOn: '2026-03-31' },
      { carerId: '2', registeredOn: '2026-02-01', gpConsent: false },
      { carerId: '3', registeredOn: '2026-01-05', gpConsent: true, deregisteredOn: '2026-03-15' },
      { carerId: '4', registeredOn: '2026-04-01', gpConsent: true },
    ];
    expect(calculate(kpi('gp-consent-recorded'), '2026-03', tallied({ assessments: [], reviews: [], carers }))).toEqual({
      numerator: 1,
      denominator: 2,
      value: 50,
    });
    expect(calculate(kpi('emergency-plans-in-place'), '2026-03', tallied({ assessments: [], reviews: [], carers }))).toEqual({
      numerator: 1,
      denominator: 2,
      value: 50,
    });
    expect(calculate(kpi('emergency-plans-in-place'), '2026-02', tallied({ assessments: [], reviews: [], carers }))).toEqual({
      numerator: 0,
      denominator: 3,
      value: 0,
    });
  });

  it('recomputes the month of a step, and every month since for the waiting list, when a request is commenced', () => {
    const requested = a('2026-01-30');
    const commenced = { ...requested, commencedOn: '2026-03-02' };
    expect(monthsMoved(difference(assessmentContributions(requested), assessmentContributions(commenced)), '2026-05-22')).toEqual([
      '2026-03',
      '2026-04',
      '2026-05',
    ]);
    // the waiting list of January and February still counts it; only a running total from March on changes
    expect(calculate(kpi('waiting-list-size'), '2026-02', tallied({ assessments: [commenced], reviews: [] })).value).toBe(1);
    expect(calculate(kpi('waiting-list-size'), '2026-03', tallied({ assessments: [commenced], reviews: [] })).value).toBe(0);
  });

  it('keeps recomputation of running totals within the last year', () => {
    const carer: CarerFact = { carerId: 'c', registeredOn: '2019-06-01', gpConsent: true };
    expect(monthsMoved(difference([], carerContributions(carer)), '2026-11-22')).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
  });
});
