import { MatrixRoute as MatrixRouteOf, onlyAllowed } from '@carers/testing';

/**
 * Who may do what on the registration API: every route, for every kind of caller, against a carer of
 * Wiltshire allocated to "downs-carers-trust" and that carer's emergency card. Another council's or another
 * provider's record answers 404 (it must not even be known to exist); a role that may never call the route
 * answers 403; no token answers 401. `authorisation-matrix.int-spec.ts` proves every cell.
 */
export const ACTORS = {
  'council officer': { role: 'council-officer', tenant: 'E06000054' },
  'officer of another council': { role: 'council-officer', tenant: 'E06000019' },
  "the carer's provider": { role: 'provider-worker', tenant: 'E06000054', providerId: 'downs-carers-trust' },
  'another provider': { role: 'provider-worker', tenant: 'E06000054', providerId: 'vale-family-support' },
  'board member': { role: 'board-member', tenant: 'E06000054' },
  'emergency responder': { role: 'emergency-responder', tenant: 'E06000054' },
  'responder of another council': { role: 'emergency-responder', tenant: 'E06000019' },
  'platform admin': { role: 'platform-admin', tenant: 'E06000054' },
  'no token': undefined,
} as const;

export type Actor = keyof typeof ACTORS;

export type MatrixRoute = MatrixRouteOf<Actor>;

const FORBIDDEN_TO_ALL_BUT = (allowed: Partial<Record<Actor, number>>) => onlyAllowed(ACTORS, allowed);

const OWN_COUNCIL_AND_PROVIDER = (status: number) =>
  FORBIDDEN_TO_ALL_BUT({
    'council officer': status,
    'officer of another council': 404,
    "the carer's provider": status,
    'another provider': 404,
  });
const OFFICER_ONLY = (status: number) => FORBIDDEN_TO_ALL_BUT({ 'council officer': status, 'officer of another council': 404 });
const ANY_OFFICER = (status: number) => FORBIDDEN_TO_ALL_BUT({ 'council officer': status, 'officer of another council': status });

export const MATRIX: MatrixRoute[] = [
  {
    method: 'post',
    path: '/carers',
    body: { kind: 'adult', givenName: 'Matrix', familyName: '{unique}', dateOfBirth: '1970-01-01', postcode: 'SN10 1AA' },
    expect: FORBIDDEN_TO_ALL_BUT({
      'council officer': 201,
      'officer of another council': 201,
      "the carer's provider": 201,
      'another provider': 201,
    }),
  },
  {
    method: 'get',
    path: '/carers',
    expect: FORBIDDEN_TO_ALL_BUT({
      'council officer': 200,
      'officer of another council': 200,
      "the carer's provider": 200,
      'another provider': 200,
    }),
  },
  {
    method: 'get',
    path: '/carers/{carerId}',
    expect: FORBIDDEN_TO_ALL_BUT({
      'council officer': 200,
      'officer of another council': 404,
      "the carer's provider": 200,
      'another provider': 404,
    }),
  },
  {
    method: 'post',
    path: '/carers/{freshCarerId}/emergency-plan',
    body: {
      contacts: [
        { name: 'A Contact', relationship: 'friend', phone: '07700 900001', consentGiven: true },
        { name: 'B Contact', relationship: 'son', phone: '07700 900002', consentGiven: true },
      ],
      needs: { routine: 'Lunch at noon' },
    },
    expect: FORBIDDEN_TO_ALL_BUT({ 'council officer': 201, 'officer of another council': 404 }),
  },
  {
    // the card number travels in the body, never the path (issue 21, finding 9)
    method: 'post',
    path: '/emergency-cards/look-up',
    body: { cardNumber: '{cardNumber}' },
    expect: FORBIDDEN_TO_ALL_BUT({
      'council officer': 200,
      'officer of another council': 404,
      'emergency responder': 200,
      'responder of another council': 404,
    }),
  },
  {
    method: 'post',
    path: '/emergency-cards/activation',
    body: { cardNumber: '{cardNumber}', reason: 'authorisation matrix check' },
    expect: FORBIDDEN_TO_ALL_BUT({
      'council officer': 201,
      'officer of another council': 404,
      'emergency responder': 201,
      'responder of another council': 404,
    }),
  },
  {
    method: 'post',
    path: '/carers/{freshPlanCarerId}/emergency-plan/card-reissue',
    body: { reason: 'card lost' },
    expect: OFFICER_ONLY(201),
  },
  {
    method: 'post',
    path: '/carers/{freshPlanCarerId}/emergency-plan/card-revocation',
    body: { reason: 'card lost' },
    expect: OFFICER_ONLY(200),
  },
  { method: 'patch', path: '/carers/{freshCarerId}', body: { town: 'Devizes' }, expect: OWN_COUNCIL_AND_PROVIDER(200) },
  { method: 'post', path: '/carers/{freshCarerId}/deregistration', body: { reason: 'moved-away' }, expect: OWN_COUNCIL_AND_PROVIDER(200) },
  {
    method: 'post',
    path: '/carers/{freshCarerId}/allocations',
    body: { providerId: 'carers-together', reason: 'closer to home' },
    expect: OFFICER_ONLY(201),
  },
  { method: 'get', path: '/carers/{carerId}/allocations', expect: OWN_COUNCIL_AND_PROVIDER(200) },
  {
    method: 'post',
    path: '/carers/{freshCarerId}/relationships',
    body: { relationship: 'parent', person: { givenName: 'Cared', familyName: 'For', dateOfBirth: '1935-05-05' } },
    expect: OWN_COUNCIL_AND_PROVIDER(201),
  },
  { method: 'get', path: '/carers/{carerId}/relationships', expect: OWN_COUNCIL_AND_PROVIDER(200) },
  {
    method: 'post',
    path: '/carers/{freshCarerId}/relationships/{freshRelationshipId}/end',
    body: {},
    expect: OWN_COUNCIL_AND_PROVIDER(200),
  },
  {
    method: 'post',
    path: '/carers/{freshCarerId}/consents',
    body: { purpose: 'notify-gp', lawfulBasis: 'consent' },
    expect: OWN_COUNCIL_AND_PROVIDER(201),
  },
  { method: 'get', path: '/carers/{carerId}/consents', expect: OWN_COUNCIL_AND_PROVIDER(200) },
  { method: 'post', path: '/carers/{freshCarerId}/consents/{freshConsentId}/withdrawal', body: {}, expect: OWN_COUNCIL_AND_PROVIDER(200) },
  { method: 'get', path: '/duplicate-reviews', expect: ANY_OFFICER(200) },
  {
    method: 'post',
    path: '/duplicate-reviews/{freshReviewId}/merge',
    body: { reason: 'same person, moved house' },
    expect: OFFICER_ONLY(200),
  },
  { method: 'post', path: '/duplicate-reviews/{freshReviewId}/keep-apart', body: { reason: 'twins' }, expect: OFFICER_ONLY(200) },
  { method: 'get', path: '/registration-referrals', expect: ANY_OFFICER(200) },
  {
    method: 'post',
    path: '/registration-referrals/{freshReferralId}/closure',
    body: { reason: 'allocated the existing record' },
    expect: OFFICER_ONLY(200),
  },
  { method: 'get', path: '/carers/{carerId}/subject-access', expect: OFFICER_ONLY(200) },
  { method: 'post', path: '/carers/{freshCarerId}/erasure', body: { reason: 'request by email of 1 Nov' }, expect: OFFICER_ONLY(200) },
  { method: 'put', path: '/carers/{freshCarerId}/legal-hold', body: { reason: 'tribunal claim' }, expect: OFFICER_ONLY(200) },
  { method: 'delete', path: '/carers/{carerId}/legal-hold', expect: OFFICER_ONLY(200) },
  { method: 'get', path: '/retention-schedule', expect: ANY_OFFICER(200) },
  { method: 'put', path: '/retention-schedule', body: { yearsAfterDeregistration: 6 }, expect: ANY_OFFICER(200) },
  { method: 'post', path: '/imports', body: { source: 'charitylog' }, expect: ANY_OFFICER(201) },
  {
    method: 'put',
    path: '/imports/{freshImportId}/file',
    body: 'external_id,carer_type,forename,surname,date_of_birth,postcode\nM-{unique},adult,Imp,Ort,1960-01-01,SN10 1AA\n',
    expect: OFFICER_ONLY(200),
  },
  { method: 'get', path: '/imports/{importId}', expect: OFFICER_ONLY(200) },
  { method: 'get', path: '/imports/{importId}/rejections.csv', expect: OFFICER_ONLY(200) },
  // the service's own admin route (issue 21, finding 10): a council's admin runs retention for its own council only
  { method: 'post', path: '/admin/retention/run', expect: FORBIDDEN_TO_ALL_BUT({ 'platform admin': 200 }) },
];
