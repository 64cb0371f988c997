import { MatrixRoute as MatrixRouteOf, onlyAllowed } from '@carers/testing';
import { REQUIRED_CONTENT } from './assessments/domain/required-content';

/**
 * Who may do what on the assessments API: every route, for every kind of caller, against assessments of a
 * Wiltshire carer delegated to "downs-carers-trust". Another council's or another provider's assessment answers
 * 404; a role that may never call the route answers 403; no token answers 401. The int-spec proves every cell.
 */
export const ACTORS = {
  'council officer': { role: 'council-officer', tenant: 'E06000054' },
  'officer of another council': { role: 'council-officer', tenant: 'E06000019' },
  'the delegated provider': { role: 'provider-worker', tenant: 'E06000054', providerId: 'downs-carers-trust' },
  'another provider': { role: 'provider-worker', tenant: 'E06000054', providerId: 'vale-family-support' },
  'board member': { role: 'board-member', tenant: 'E06000054' },
  'emergency responder': { role: 'emergency-responder', tenant: 'E06000054' },
  'platform admin': { role: 'platform-admin', tenant: 'E06000054' },
  'no token': undefined,
} as const;

export type Actor = keyof typeof ACTORS;
export type MatrixRoute = MatrixRouteOf<Actor>;

const ONLY = (allowed: Partial<Record<Actor, number>>) => onlyAllowed(ACTORS, allowed);
const CASELOAD = (status: number) =>
  ONLY({ 'council officer': status, 'officer of another council': 404, 'the delegated provider': status, 'another provider': 404 });
const OFFICER = (status: number) => ONLY({ 'council officer': status, 'officer of another council': 404 });
const EVERY_OFFICER_AND_PROVIDER = (status: number) =>
  ONLY({ 'council officer': status, 'officer of another council': status, 'the delegated provider': status, 'another provider': status });

export const SCORES = Object.fromEntries(
  [
    'physical-health',
    'mental-health',
    'listened-to-and-respected',
    'relationships',
    'work-education-volunteering',
    'safety',
    'home',
    'choice-and-control',
    'economic-wellbeing',
    'contribution-to-society',
  ].map((d) => [d, 3]),
);

export const CARER_CONTENT = Object.fromEntries(Object.keys(REQUIRED_CONTENT.carer).map((item) => [item, `notes on ${item}`]));
export const ELIGIBLE = { necessaryCare: true, healthAtRisk: true, unableToAchieve: [], significantImpact: true };

export const MATRIX: MatrixRoute[] = [
  {
    method: 'post',
    path: '/assessments',
    body: { carerId: '{carerId}' },
    // another council's or provider's carer is not on its register: the request is refused as for an unknown carer
    expect: ONLY({ 'council officer': 201, 'officer of another council': 422, 'the delegated provider': 201, 'another provider': 422 }),
  },
  { method: 'get', path: '/assessments/{assessmentId}', expect: CASELOAD(200) },
  { method: 'post', path: '/assessments/{freshAssessmentId}/contact', body: {}, expect: CASELOAD(200) },
  { method: 'post', path: '/assessments/{freshAssessmentId}/commencement', body: {}, expect: CASELOAD(200) },
  {
    method: 'post',
    path: '/assessments/{freshCommencedId}/completion',
    body: { method: 'phone', content: CARER_CONTENT, eligibility: ELIGIBLE },
    expect: CASELOAD(200),
  },
  { method: 'post', path: '/assessments/{freshAssessmentId}/refusal', body: {}, expect: CASELOAD(200) },
  { method: 'get', path: '/assessments/{completedId}/determination', expect: CASELOAD(200) },
  { method: 'get', path: '/assessments/{assessmentId}/clocks', expect: CASELOAD(200) },
  {
    method: 'post',
    path: '/assessments/{freshAssessmentId}/clocks/{kind}/pause',
    body: { reason: 'carer in hospital' },
    expect: OFFICER(200),
  },
  { method: 'post', path: '/assessments/{freshPausedId}/clocks/{kind}/resume', body: {}, expect: OFFICER(200) },
  {
    method: 'post',
    path: '/assessments/{freshCompletedId}/support-plan',
    body: {
      needs: ['a break'],
      eligibleNeeds: ['a break'],
      needsToBeMet: [{ need: 'a break', how: 'respite' }],
      services: [],
      involved: ['the carer'],
      entryScores: SCORES,
    },
    expect: CASELOAD(201),
  },
  { method: 'get', path: '/assessments/{plannedId}/support-plan', expect: CASELOAD(200) },
  { method: 'post', path: '/assessments/{freshPlannedId}/reviews', body: { type: 'requested', scores: SCORES }, expect: CASELOAD(201) },
  { method: 'get', path: '/assessment-types', expect: EVERY_OFFICER_AND_PROVIDER(200) },
  { method: 'get', path: '/waiting-list', expect: EVERY_OFFICER_AND_PROVIDER(200) },
  { method: 'get', path: '/known-carers/{carerId}', expect: OFFICER(200) },
  { method: 'get', path: '/clock-policy', expect: ONLY({ 'council officer': 200, 'officer of another council': 200 }) },
  {
    method: 'put',
    path: '/clock-policy/{kind}',
    body: { days: 14, basis: 'calendar' },
    expect: ONLY({ 'council officer': 200, 'officer of another council': 200 }),
  },
  {
    method: 'post',
    path: '/clock-policy/bank-holidays',
    body: { day: '2028-01-03', name: "New Year's Day (substitute day)" },
    expect: ONLY({ 'council officer': 201, 'officer of another council': 201 }),
  },
  {
    method: 'post',
    path: '/clock-policy/bank-holidays/{freshClosureDay}/removal',
    expect: ONLY({ 'council officer': 200, 'officer of another council': 404 }),
  },
];
