import { MatrixRoute as MatrixRouteOf, onlyAllowed } from '@carers/testing';
import { DEFAULT_POLICY } from './cases/domain/escalation-policy';

/**
 * Who may do what on the escalation API. The board reads and acknowledges; council officers act; a provider
 * worker sees and answers only its own organisation's cases (another provider's answer 404, as if absent).
 */
export const ACTORS = {
  'council officer': { role: 'council-officer', tenant: 'E06000054' },
  'officer of another council': { role: 'council-officer', tenant: 'E06000019' },
  'provider worker': { role: 'provider-worker', tenant: 'E06000054', providerId: 'downs-carers-trust' },
  'worker of another provider': { role: 'provider-worker', tenant: 'E06000054', providerId: 'vale-family-support' },
  'board member': { role: 'board-member', tenant: 'E06000054' },
  'emergency responder': { role: 'emergency-responder', tenant: 'E06000054' },
  'platform admin': { role: 'platform-admin', tenant: 'E06000054' },
  'no token': undefined,
} as const;

export type Actor = keyof typeof ACTORS;

const ONLY = (allowed: Partial<Record<Actor, number>>) => onlyAllowed(ACTORS, allowed);
const EVERY_READER = ONLY({
  'council officer': 200,
  'officer of another council': 200,
  'provider worker': 200,
  'worker of another provider': 200,
  'board member': 200,
});
const BOARD_AND_OFFICERS = ONLY({ 'council officer': 200, 'officer of another council': 200, 'board member': 200 });
/** A council officer acts on its own council's cases; another council's are not found. */
const OFFICER_ACTS = (status: number) => ONLY({ 'council officer': status, 'officer of another council': 404 });
/** The case's own provider answers; another provider's worker finds nothing. */
const OWN_PROVIDER_ANSWERS = (status: number) => ONLY({ 'provider worker': status, 'worker of another provider': 404 });
/** A case and what belongs to it: its council's officers and board, and its own provider; others find nothing. */
const SEEN_AS_THE_CASE = ONLY({
  'council officer': 200,
  'officer of another council': 404,
  'provider worker': 200,
  'worker of another provider': 404,
  'board member': 200,
});
const REASON = { reason: 'recorded for the authorisation matrix' };
const PLAN = {
  actions: [{ actionId: 'a-1', description: 'Extra assessor sessions each week', ownerRole: 'Service manager', dueOn: '2027-01-15' }],
};

export const MATRIX: MatrixRouteOf<Actor>[] = [
  { method: 'get', path: '/cases', expect: EVERY_READER },
  { method: 'get', path: '/cases/{caseId}', expect: SEEN_AS_THE_CASE },
  { method: 'post', path: '/cases/{freshCase}/pause', body: { relief: 'system-outage', ...REASON }, expect: OFFICER_ACTS(200) },
  { method: 'post', path: '/cases/{freshPausedCase}/resumption', body: REASON, expect: OFFICER_ACTS(200) },
  { method: 'post', path: '/cases/{freshCase}/stage', body: { to: 'remedial-plan', ...REASON }, expect: OFFICER_ACTS(200) },
  {
    method: 'post',
    path: '/cases/{caseId}/commentary',
    body: { commentary: 'Two assessors were off sick; cover starts next week.' },
    expect: OWN_PROVIDER_ANSWERS(200),
  },
  { method: 'post', path: '/cases/{freshCase}/review-meeting', body: { heldOn: '2026-11-02' }, expect: OFFICER_ACTS(200) },
  { method: 'post', path: '/cases/{freshPlanRequestedCase}/plan', body: PLAN, expect: OWN_PROVIDER_ANSWERS(201) },
  {
    method: 'post',
    path: '/cases/{freshPlanSubmittedCase}/plan/decision',
    body: { outcome: 'approved', ...REASON },
    expect: OFFICER_ACTS(200),
  },
  {
    method: 'post',
    path: '/cases/{freshPlanApprovedCase}/plan/actions/{actionId}/completion',
    body: { completedOn: '2026-11-05' },
    expect: OWN_PROVIDER_ANSWERS(200),
  },
  // notices (ADR 0026): seen as their case is seen; answered by the case's own provider; a dispute decided by an officer
  { method: 'get', path: '/cases/{caseId}/notices', expect: SEEN_AS_THE_CASE },
  { method: 'get', path: '/notices/{noticeId}', expect: SEEN_AS_THE_CASE },
  { method: 'get', path: '/notices/{noticeId}/document', expect: SEEN_AS_THE_CASE },
  { method: 'get', path: '/notices/{noticeId}/document.pdf', expect: SEEN_AS_THE_CASE },
  { method: 'post', path: '/notices/{freshNotice}/answer', body: { answer: 'accept' }, expect: OWN_PROVIDER_ANSWERS(200) },
  { method: 'post', path: '/notices/{freshDisputedNotice}/decision', body: { outcome: 'rejected', ...REASON }, expect: OFFICER_ACTS(200) },
  // joint investigations agreed at the contract management meeting (GC9)
  { method: 'get', path: '/cases/{caseId}/joint-investigation', expect: SEEN_AS_THE_CASE },
  {
    method: 'post',
    path: '/cases/{freshMeetingCase}/joint-investigation',
    body: { terms: 'why first contacts slipped in October', reportBy: '2026-11-20' },
    expect: OFFICER_ACTS(201),
  },
  {
    method: 'post',
    path: '/cases/{freshInvestigatedCase}/joint-investigation/conclusion',
    body: { findings: 'a rota gap; a plan is needed', outcome: 'remedial-plan' },
    expect: OFFICER_ACTS(200),
  },
  { method: 'get', path: '/plans', expect: EVERY_READER },
  { method: 'get', path: '/credits', expect: EVERY_READER },
  // no credit has accrued in the fixture: the role check passes and the rule answers 404
  { method: 'post', path: '/credits/{missingId}/adjustment', body: { amountPence: 0, ...REASON }, expect: OFFICER_ACTS(404) },
  { method: 'get', path: '/credits.csv', expect: BOARD_AND_OFFICERS },
  { method: 'post', path: '/credits/{missingId}/settlement', body: { settlement: 'released', ...REASON }, expect: OFFICER_ACTS(404) },
  // the day and closure days deadlines are counted on (ADR 0017): whoever sees a deadline may see its calendar
  { method: 'get', path: '/calendar', expect: EVERY_READER },
  { method: 'get', path: '/alerts', expect: BOARD_AND_OFFICERS },
  { method: 'post', path: '/alerts/{freshAlert}/acknowledgement', expect: ONLY({ 'board member': 200 }) },
  { method: 'get', path: '/alerts/live', stream: true, expect: BOARD_AND_OFFICERS },
  { method: 'get', path: '/escalation-policies', expect: BOARD_AND_OFFICERS },
  {
    method: 'put',
    path: '/escalation-policies/{providerId}',
    body: { ...DEFAULT_POLICY },
    expect: ONLY({ 'council officer': 200, 'officer of another council': 200 }),
  },
  {
    method: 'post',
    path: '/notification-channels',
    body: { kind: 'webhook', target: 'https://board.example.org/alerts/{unique}' },
    expect: ONLY({ 'council officer': 201, 'officer of another council': 201 }),
  },
  { method: 'get', path: '/notification-channels', expect: ONLY({ 'council officer': 200, 'officer of another council': 200 }) },
  { method: 'post', path: '/notification-channels/{freshChannel}/deactivation', expect: OFFICER_ACTS(200) },
  { method: 'get', path: '/notification-channels/{channelId}/deliveries', expect: OFFICER_ACTS(200) },
];
