import fc from 'fast-check';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, bodyText, hostileBody, hostileValue, RawBody, ServiceUnderTest, startServiceUnderTest } from '@carers/testing';
import { AppModule } from './app.module';
import { IMPORT_COLUMNS } from './imports/domain/import-columns';
import { MATRIX, MatrixRoute } from './authorisation-matrix';
import { REGISTRATION } from './service';

/** Random bodies at every write route: never a 5xx, and a refused request leaves no row and no event behind. */
describe('registration write routes under random input', () => {
  let service: ServiceUnderTest;
  let officer: { authorization: string };
  let cardNumber: string;
  let unique = 0;

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, REGISTRATION);
    officer = await bearer({ role: 'council-officer', tenant: 'E06000054' });
    const carerId = await newCarer();
    const plan = await request(service.url)
      .post(`/carers/${carerId}/emergency-plan`)
      .set(officer)
      .send(MATRIX.find((r) => r.path.endsWith('emergency-plan'))!.body);
    cardNumber = plan.body.cardNumber;
  }, 90_000);
  afterAll(() => service?.stop(), 30_000);

  async function newCarer(): Promise<string> {
    const body = {
      kind: 'adult',
      givenName: `Prop${++unique}`,
      familyName: 'Base',
      dateOfBirth: `${1930 + unique}-01-01`,
      postcode: 'SN10 1AA',
      providerId: 'carers-together',
    };
    return (await request(service.url).post('/carers').set(officer).send(body)).body.id;
  }

  /** A carer of its own for each route, with a relationship, a consent and a duplicate review to act on. */
  async function placesFor(): Promise<Record<string, string>> {
    const carerId = await newCarer();
    const relationship = await request(service.url)
      .post(`/carers/${carerId}/relationships`)
      .set(officer)
      .send({ relationship: 'friend', person: { givenName: 'P', familyName: 'Q' } });
    const consent = await request(service.url)
      .post(`/carers/${carerId}/consents`)
      .set(officer)
      .send({ purpose: 'research', lawfulBasis: 'consent' });
    const twin = { kind: 'adult', givenName: `Twin${++unique}`, familyName: 'One', dateOfBirth: '1971-01-01', postcode: 'SN10 1AA' };
    await request(service.url).post('/carers').set(officer).send(twin);
    const second = await request(service.url)
      .post('/carers')
      .set(officer)
      .send({ ...twin, familyName: 'Two' });
    const importId = (
      await request(service.url)
        .post('/imports')
        .set(officer)
        .send({ source: `prop${unique}` })
    ).body.id;
    const planCarerId = await newCarer();
    await request(service.url)
      .post(`/carers/${planCarerId}/emergency-plan`)
      .set(officer)
      .send(MATRIX.find((r) => r.path.endsWith('emergency-plan'))!.body);
    const known = {
      kind: 'adult',
      givenName: `Known${++unique}`,
      familyName: 'Elsewhere',
      dateOfBirth: '1972-02-02',
      postcode: 'SN10 1AA',
    };
    const knownId = (await request(service.url).post('/carers').set(officer).send(known)).body.id;
    await request(service.url)
      .post('/carers')
      .set(await bearer({ role: 'provider-worker', tenant: 'E06000054', providerId: 'vale-family-support' }))
      .send(known);
    const referrals = (await request(service.url).get('/registration-referrals').set(officer)).body.referrals;
    return {
      carerId,
      freshCarerId: carerId,
      freshReferralId: referrals.find((r: { carerId: string }) => r.carerId === knownId).id,
      freshPlanCarerId: planCarerId,
      cardNumber,
      freshImportId: importId,
      freshRelationshipId: relationship.body.id,
      freshConsentId: consent.body.id,
      freshReviewId: second.body.possibleDuplicates[0].reviewId,
    };
  }

  async function counts(): Promise<string> {
    const [row] = await service.app.get(DataSource).query(
      `SELECT (SELECT count(*) FROM carer) AS carers, (SELECT count(*) FROM emergency_plan) AS plans, (SELECT count(*) FROM emergency_card_access) AS lookups,
              (SELECT count(*) FROM emergency_card) AS cards, (SELECT count(*) FROM emergency_card WHERE revoked_at IS NULL) AS cards_in_use,
              (SELECT count(*) FROM caring_relationship) AS relationships, (SELECT count(*) FROM consent) AS consents,
              (SELECT count(*) FROM provider_allocation) AS allocations, (SELECT count(*) FROM duplicate_review WHERE status = 'open') AS reviews,
              (SELECT count(*) FROM registration_referral WHERE status = 'open') AS referrals,
              (SELECT count(*) FROM audit_entry) AS audits, (SELECT sum(version) FROM carer) AS versions, (SELECT count(*) FROM outbox) AS events`,
    );
    return JSON.stringify(row);
  }

  // values shaped like the real fields, and plain junk, mixed so validation, domain rules and the database are all reached
  const field = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.double(),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.constantFrom(
      'adult',
      'young',
      'parent',
      '1961-02-03',
      '2030-01-01',
      'SN15 1ER',
      '943 476 5919',
      '07700 900123',
      'chippenham',
      'carers-together',
      'atlantis',
      '',
      'moved-away',
      'notify-gp',
      'consent',
      'parent',
      'a reason',
      6,
      -1,
      1000,
    ),
    fc.object({ maxDepth: 1 }),
    hostileValue(),
  );
  const carerFields = {
    kind: field,
    givenName: field,
    familyName: field,
    dateOfBirth: field,
    postcode: field,
    providerId: field,
    nhsNumber: field,
    phoneNumbers: fc.oneof(field, fc.array(fc.record({ type: field, number: field }), { maxLength: 2 })),
    areaBoard: field,
    preferredContact: field,
    gpConsent: field,
    schoolUrn: field,
    hoursBand: field,
  };
  const record = (keys: Record<string, fc.Arbitrary<unknown>>) => fc.oneof(fc.record(keys, { requiredKeys: [] }), field);
  const reason = record({ reason: field });
  // the real card, read when a body is made (it is issued in beforeAll)
  const theCard = fc.constant(null).map(() => cardNumber);
  const BODIES: Record<string, fc.Arbitrary<unknown>> = {
    'post /carers': record(carerFields),
    'post /carers/{freshCarerId}/emergency-plan': record({
      contacts: fc.oneof(
        field,
        fc.array(fc.record({ name: field, relationship: field, phone: field, consentGiven: field }), { maxLength: 4 }),
      ),
      needs: fc.oneof(field, fc.record({ routine: field, medicationNotes: field, access: field }, { requiredKeys: [] })),
      contingencyHours: field,
    }),
    // a refused look-up of a well-formed number is recorded on purpose (emergency_card_refusal, not counted here)
    'post /emergency-cards/look-up': record({ cardNumber: fc.oneof(field, theCard) }),
    'post /emergency-cards/activation': record({ cardNumber: fc.oneof(field, theCard), reason: field }),
    'post /carers/{freshPlanCarerId}/emergency-plan/card-reissue': reason,
    'post /carers/{freshPlanCarerId}/emergency-plan/card-revocation': reason,
    'patch /carers/{freshCarerId}': record(carerFields),
    'post /carers/{freshCarerId}/deregistration': record({ reason: field, on: field }),
    'post /carers/{freshCarerId}/allocations': record({ providerId: field, reason: field }),
    'post /carers/{freshCarerId}/relationships': record({
      relationship: field,
      startedOn: field,
      caredForId: field,
      person: record({ givenName: field, familyName: field, dateOfBirth: field, postcode: field, careNeeds: field }),
    }),
    'post /carers/{freshCarerId}/relationships/{freshRelationshipId}/end': record({ endedOn: field }),
    'post /carers/{freshCarerId}/consents': record({ purpose: field, lawfulBasis: field, givenOn: field }),
    'post /carers/{freshCarerId}/consents/{freshConsentId}/withdrawal': record({ withdrawnOn: field }),
    'post /duplicate-reviews/{freshReviewId}/merge': record({ reason: field, survivorId: field }),
    'post /duplicate-reviews/{freshReviewId}/keep-apart': reason,
    'post /registration-referrals/{freshReferralId}/closure': reason,
    'post /carers/{freshCarerId}/erasure': reason,
    'put /carers/{freshCarerId}/legal-hold': reason,
    'delete /carers/{carerId}/legal-hold': field,
    'put /retention-schedule': record({ yearsAfterDeregistration: field }),
    // takes no body: whatever is sent, the officer is refused and nothing changes
    'post /admin/retention/run': fc.object(),
    'post /imports': record({ source: field }),
    'put /imports/{freshImportId}/file': fc
      .tuple(
        fc.oneof(fc.subarray([...IMPORT_COLUMNS], { minLength: 1 }), fc.array(fc.string(), { maxLength: 4 })),
        fc.array(
          fc.array(
            fc.oneof(fc.string(), fc.constantFrom('adult', 'young', 'x', '14/02/1961', '1961-02-14', 'SN15 1ER', 'Y', '"', '"a,b"', '')),
            { maxLength: 8 },
          ),
          { maxLength: 6 },
        ),
      )
      .map(([header, rows]) => [header, ...rows].map((cells) => cells.join(',')).join('\n')),
  };
  const writeRoutes: MatrixRoute[] = MATRIX.filter((route) => route.method !== 'get');
  const keyOf = (route: MatrixRoute) => `${route.method} ${route.path}`;

  it('has random bodies for every write route in the authorisation matrix', () => {
    expect(writeRoutes.map(keyOf).filter((key) => !BODIES[key])).toEqual([]);
  });

  it.each(writeRoutes.map((route) => [keyOf(route), route] as const))(
    '%s never answers 5xx and a refused request changes nothing',
    async (key, route) => {
      const places = await placesFor();
      const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => places[name]);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof({ weight: 4, arbitrary: BODIES[key] }, { weight: 1, arbitrary: hostileBody().map((text) => new RawBody(text)) }),
          async (body) => {
            const before = await counts();
            const csv = typeof body === 'string' && key.endsWith('/file');
            const text = body instanceof RawBody ? body.text : undefined;
            const agent = request(service.url) as any;
            const res = await agent[route.method](path)
              .set(officer)
              .set('content-type', csv ? 'text/csv' : 'application/json')
              .send(csv ? body : (text ?? bodyText(body)));
            expect({ body, status: res.status < 500 }).toEqual({ body, status: true });
            if (res.status >= 400) expect(await counts()).toBe(before);
          },
        ),
        { numRuns: 100 },
      );
    },
    120_000,
  );
});
