import { MatrixRoute as MatrixRouteOf, onlyAllowed } from '@carers/testing';
import { STARTER_CATALOGUE } from './kpis/domain/starter-catalogue';

/**
 * Who may do what on the performance API. There is no personal data here: the board and council officers see
 * every provider of their council; a provider worker sees its own values (an empty list for another's).
 */
export const ACTORS = {
  'council officer': { role: 'council-officer', tenant: 'E06000054' },
  'officer of another council': { role: 'council-officer', tenant: 'E06000019' },
  'provider worker': { role: 'provider-worker', tenant: 'E06000054', providerId: 'downs-carers-trust' },
  'board member': { role: 'board-member', tenant: 'E06000054' },
  'emergency responder': { role: 'emergency-responder', tenant: 'E06000054' },
  'platform admin': { role: 'platform-admin', tenant: 'E06000054' },
  'no token': undefined,
} as const;

export type Actor = keyof typeof ACTORS;

const ONLY = (allowed: Partial<Record<Actor, number>>) => onlyAllowed(ACTORS, allowed);
const READERS = ONLY({ 'council officer': 200, 'officer of another council': 200, 'provider worker': 200, 'board member': 200 });
const FIRST_CONTACT = Object.fromEntries(Object.entries(STARTER_CATALOGUE[0]).filter(([k]) => k !== 'version'));

export const MATRIX: MatrixRouteOf<Actor>[] = [
  { method: 'get', path: '/kpis', expect: READERS },
  { method: 'get', path: '/kpis/{kpiId}/versions', expect: READERS },
  {
    method: 'post',
    path: '/kpis',
    body: { ...FIRST_CONTACT, id: 'k-{unique}' },
    expect: ONLY({ 'council officer': 201, 'officer of another council': 201 }),
  },
  {
    method: 'put',
    path: '/kpis/{kpiId}',
    body: { ...FIRST_CONTACT, target: 92 },
    expect: ONLY({ 'council officer': 200, 'officer of another council': 200 }),
  },
  { method: 'get', path: '/kpi-values', expect: READERS },
  { method: 'get', path: '/providers', expect: READERS },
  { method: 'get', path: '/periods/{period}', expect: READERS },
  {
    method: 'get',
    path: '/periods/{period}/pack',
    expect: ONLY({ 'council officer': 200, 'officer of another council': 200, 'board member': 200 }),
  },
  {
    method: 'get',
    path: '/periods/{period}/pack.csv',
    expect: ONLY({ 'council officer': 200, 'officer of another council': 200, 'board member': 200 }),
  },
  // nothing is provisional in the fixture month: the role check passes and the rule answers 409
  {
    method: 'post',
    path: '/periods/{period}/disputes',
    body: { kpiId: 'first-contact-10-days', providerId: 'downs-carers-trust', reason: 'x' },
    expect: ONLY({ 'council officer': 409, 'officer of another council': 409, 'provider worker': 409 }),
  },
  {
    method: 'post',
    path: '/disputes/{disputeId}/decision',
    body: { outcome: 'rejected', reason: 'x' },
    expect: ONLY({ 'council officer': 404, 'officer of another council': 404 }),
  },
  {
    method: 'post',
    path: '/periods/{period}/reliefs',
    body: { reason: 'outage' },
    expect: ONLY({ 'council officer': 201, 'officer of another council': 201 }),
  },
  { method: 'post', path: '/periods/{period}/confirmation', expect: ONLY({ 'council officer': 409, 'officer of another council': 409 }) },
  {
    method: 'post',
    path: '/monthly-returns',
    body: { period: '2025-01', measure: 'support-groups-run', value: 3, responses: 1, providerId: 'downs-carers-trust' },
    // another council has no such provider
    expect: ONLY({ 'council officer': 201, 'officer of another council': 422, 'provider worker': 201 }),
  },
  // the service's own admin routes (issue 21, finding 10), last because running month close changes the months above
  { method: 'get', path: '/admin/providers', expect: ONLY({}) },
  { method: 'put', path: '/admin/providers/{providerId}/councils/{councilId}', body: { role: 'member' }, expect: ONLY({}) },
  { method: 'delete', path: '/admin/providers/{providerId}/councils/{councilId}', expect: ONLY({}) },
  { method: 'post', path: '/admin/kpis/recompute', body: { months: 1 }, expect: ONLY({ 'platform admin': 200 }) },
  { method: 'post', path: '/admin/month-close/run', expect: ONLY({ 'platform admin': 200 }) },
];
