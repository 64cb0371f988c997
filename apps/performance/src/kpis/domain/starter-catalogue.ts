import { KpiDefinition } from './kpi-definition';

const timely = (id: string, name: string, measure: string, withinDays: number | undefined, target = 90, floor = 80): KpiDefinition => ({
  id, version: 1, name, formula: 'proportion-within', measure, withinDays, target, floor, direction: 'higher-is-better', minimumDenominator: 5,
  attribution: ['member', 'consortium'], source: 'events', breachRule: { kind: 'red' },
});

/** The published council KPI set (domain brief 3.1) and the seeds' measures, with targets a council then sets for itself. */
export const STARTER_CATALOGUE: KpiDefinition[] = [
  timely('first-contact-10-days', 'Carers contacted within 10 days of the request', 'first-contact', 10),
  timely('assessment-commenced-14-days', "Carer's assessments commenced within 14 days of the request", 'commenced', 14),
  timely('fast-track-commenced-4-days', 'Fast-track assessments commenced within 4 days', 'fast-track-commenced', 4, 95, 85),
  timely('support-plan-7-days', 'Support plans agreed within 7 days of the assessment', 'plan-after-assessment', 7),
  timely('light-touch-review-12-weeks', 'Light-touch reviews done by their due date (12 weeks after the plan)', 'light-touch-review', undefined),
  timely('planned-review-12-months', 'Planned reviews done by their due date (within 12 months)', 'planned-review', undefined),
  {
    id: 'waiting-list-size', version: 1, name: 'Requests waiting for their assessment to start, at the end of the month', formula: 'count', measure: 'waiting-list-size',
    target: 50, floor: 100, direction: 'lower-is-better', minimumDenominator: 0, attribution: ['member', 'consortium'], source: 'events', breachRule: { kind: 'consecutive', months: 2 },
  },
  {
    id: 'median-wait-to-commence', version: 1, name: 'Median days from request to assessment commenced', formula: 'median-wait', measure: 'wait-to-commence',
    target: 10, floor: 14, direction: 'lower-is-better', minimumDenominator: 5, attribution: ['member', 'consortium'], source: 'events', breachRule: { kind: 'red' },
  },
  {
    id: 'p90-wait-to-commence', version: 1, name: '90th percentile days from request to assessment commenced', formula: 'p90-wait', measure: 'wait-to-commence',
    target: 14, floor: 21, direction: 'lower-is-better', minimumDenominator: 5, attribution: ['member', 'consortium'], source: 'events', breachRule: { kind: 'red' },
  },
  {
    id: 'wellbeing-improved', version: 1, name: 'Carers whose wellbeing improved at review', formula: 'proportion-improved', measure: 'wellbeing-improved',
    target: 60, floor: 50, direction: 'higher-is-better', minimumDenominator: 5, attribution: ['member', 'consortium'], source: 'events', breachRule: { kind: 'in-last', count: 3, months: 6 },
  },
  {
    id: 'young-carers-identified', version: 1, name: 'Young carers identified through whole-family checks', formula: 'count', measure: 'young-carers-identified',
    target: 5, floor: 1, direction: 'higher-is-better', minimumDenominator: 0, attribution: ['member', 'consortium'], source: 'events', breachRule: { kind: 'consecutive', months: 3 },
  },
  {
    id: 'gp-consent-recorded', version: 1, name: "Carers supported with consent to tell their GP they are a carer", formula: 'proportion-of-carers', measure: 'gp-consent-recorded',
    target: 70, floor: 50, direction: 'higher-is-better', minimumDenominator: 5, attribution: ['member', 'consortium'], source: 'events', breachRule: { kind: 'consecutive', months: 2 },
  },
  {
    id: 'emergency-plans-in-place', version: 1, name: 'Carers supported who have an emergency plan', formula: 'proportion-of-carers', measure: 'emergency-plan-in-place',
    target: 40, floor: 25, direction: 'higher-is-better', minimumDenominator: 5, attribution: ['member', 'consortium'], source: 'events', breachRule: { kind: 'consecutive', months: 2 },
  },
  {
    id: 'listened-to-and-respected', version: 1, name: '"The service listened to me and I was treated with compassion and respect" (mean, 1-5)', formula: 'mean-score',
    measure: 'listened-to-and-respected', target: 4, floor: 3.5, direction: 'higher-is-better', minimumDenominator: 10, attribution: ['member'], source: 'provider-return', breachRule: { kind: 'consecutive', months: 2 },
  },
  {
    id: 'support-groups-run', version: 1, name: 'Carer support groups run in the month', formula: 'count', measure: 'support-groups-run',
    target: 4, floor: 2, direction: 'higher-is-better', minimumDenominator: 0, attribution: ['member'], source: 'provider-return', breachRule: { kind: 'consecutive', months: 2 },
  },
];
