import fc from 'fast-check';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bodyText, hostileBody, hostileValue, RawBody, ServiceUnderTest, startServiceUnderTest } from '@carers/testing';
import { AppModule } from './app.module';
import { freshFixture, knownCarer, officer } from './assessment-fixtures.test-helpers';
import { CARER_CONTENT, MATRIX, SCORES } from './authorisation-matrix';
import { ASSESSMENTS } from './service';

/** Random bodies at every write route of the assessments API: never a 5xx, and a refused request changes nothing. */
describe('assessments write routes under random input', () => {
  let service: ServiceUnderTest;
  let carerId: string;

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, ASSESSMENTS);
    carerId = await knownCarer(service);
  }, 90_000);
  afterAll(() => service?.stop(), 30_000);

  async function state(): Promise<string> {
    const [row] = await service.app.get(DataSource).query(
      `SELECT (SELECT count(*) FROM assessment) AS assessments, (SELECT sum(version) FROM assessment) AS versions, (SELECT count(*) FROM support_plan) AS plans,
              (SELECT count(*) FROM review) AS reviews, (SELECT count(*) FROM clock) AS clocks, (SELECT count(*) FROM clock WHERE paused_since IS NOT NULL) AS paused,
              (SELECT count(*) FROM bank_holiday) AS holidays, (SELECT string_agg(kind || days || basis, ',' ORDER BY kind) FROM clock_policy) AS policy,
              (SELECT count(*) FROM outbox) AS events`,
    );
    return JSON.stringify(row);
  }

  const junk = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.double(),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.object({ maxDepth: 1 }),
    fc.constantFrom('2026-11-01', '2031-01-01', 'phone', 'carer', 'light-touch', 'calendar', 'working', 14, 0, -3),
    hostileValue(),
  );
  const record = (keys: Record<string, fc.Arbitrary<unknown>>) => fc.oneof(fc.record(keys, { requiredKeys: [] }), junk);
  const scores = fc.oneof(
    junk,
    fc.constant(SCORES),
    fc.dictionary(fc.constantFrom(...Object.keys(SCORES), 'mood'), fc.oneof(fc.integer({ min: -1, max: 7 }), junk)),
  );
  const step = record({ on: junk });
  const BODIES: Record<string, fc.Arbitrary<unknown>> = {
    'post /assessments': record({
      carerId: fc.oneof(junk, fc.constant('{carer}')),
      type: junk,
      fastTrack: junk,
      providerId: junk,
      requestedOn: junk,
    }),
    'post /assessments/{freshAssessmentId}/contact': step,
    'post /assessments/{freshAssessmentId}/commencement': step,
    'post /assessments/{freshAssessmentId}/refusal': step,
    'post /assessments/{freshCommencedId}/completion': record({
      on: junk,
      method: junk,
      content: fc.oneof(junk, fc.constant(CARER_CONTENT)),
      childInvolvedInCaring: junk,
      eligibility: record({
        necessaryCare: junk,
        healthAtRisk: junk,
        significantImpact: junk,
        unableToAchieve: fc.oneof(junk, fc.array(record({ outcome: junk, reason: junk }), { maxLength: 3 })),
      }),
    }),
    'post /assessments/{freshAssessmentId}/clocks/{kind}/pause': record({ reason: junk, on: junk }),
    'post /assessments/{freshPausedId}/clocks/{kind}/resume': step,
    'post /assessments/{freshCompletedId}/support-plan': record({
      agreedOn: junk,
      needs: junk,
      eligibleNeeds: junk,
      needsToBeMet: fc.oneof(junk, fc.array(record({ need: junk, how: junk }), { maxLength: 2 })),
      personalBudget: junk,
      directPayment: record({ amount: junk, frequency: junk }),
      services: junk,
      preventionAdvice: junk,
      involved: junk,
      entryScores: scores,
    }),
    'post /assessments/{freshPlannedId}/reviews': record({ type: junk, completedOn: junk, scores, notes: junk }),
    'put /clock-policy/{kind}': record({ days: junk, basis: junk }),
    'post /clock-policy/bank-holidays': record({ day: junk, name: junk }),
    'post /clock-policy/bank-holidays/{freshClosureDay}/removal': record({ day: junk }),
  };
  const writeRoutes = MATRIX.filter((r) => r.method !== 'get');
  const keyOf = (r: (typeof MATRIX)[number]) => `${r.method} ${r.path}`;

  it('has random bodies for every write route in the authorisation matrix', () => {
    expect(writeRoutes.map(keyOf).filter((key) => !BODIES[key])).toEqual([]);
  });

  it.each(writeRoutes.map((r) => [keyOf(r), r] as const))(
    '%s never answers 5xx and a refused request changes nothing',
    async (key, route) => {
      const names = [...route.path.matchAll(/\{(fresh\w+)\}/g)].map((m) => m[1]);
      const values: Record<string, string> = { kind: 'commenced' };
      for (const name of names) values[name] = await freshFixture(service, carerId, name);
      const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => values[name]);
      const as = await officer();
      await fc.assert(
        fc.asyncProperty(
          fc.oneof({ weight: 4, arbitrary: BODIES[key] }, { weight: 1, arbitrary: hostileBody().map((text) => new RawBody(text)) }),
          async (raw) => {
            const body = raw instanceof RawBody ? raw.text : bodyText(raw).replace('"{carer}"', () => JSON.stringify(carerId));
            const before = await state();
            const res = await (request(service.url) as any)[route.method](path).set(as).set('content-type', 'application/json').send(body);
            expect({ body, status: res.status < 500 }).toEqual({ body, status: true });
            if (res.status >= 400) expect(await state()).toBe(before);
          },
        ),
        { numRuns: 100 },
      );
    },
    120_000,
  );
});
