import fc from 'fast-check';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, ServiceUnderTest, startServiceUnderTest } from '@carers/testing';
import { AppModule } from './app.module';
import { MATRIX } from './authorisation-matrix';
import { REGISTRATION } from './service';

/** Random bodies at every write route: never a 5xx, and a refused request leaves no row and no event behind. */
describe('registration write routes under random input', () => {
  let service: ServiceUnderTest;
  let officer: { authorization: string };
  let carerId: string;
  let cardNumber: string;

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, REGISTRATION);
    officer = await bearer({ role: 'council-officer', tenant: 'E06000054' });
    carerId = (await request(service.url).post('/carers').set(officer).send({ kind: 'adult', givenName: 'Prop', familyName: 'Base', dateOfBirth: '1960-01-01', postcode: 'SN10 1AA' })).body.id;
    const plan = await request(service.url).post(`/carers/${carerId}/emergency-plan`).set(officer).send(MATRIX.find((r) => r.path.endsWith('emergency-plan'))!.body);
    cardNumber = plan.body.cardNumber;
  }, 90_000);
  afterAll(() => service?.stop(), 30_000);

  async function counts(): Promise<string> {
    const [row] = await service.app.get(DataSource).query(
      `SELECT (SELECT count(*) FROM carer) AS carers, (SELECT count(*) FROM emergency_plan) AS plans, (SELECT count(*) FROM emergency_card_access) AS lookups, (SELECT count(*) FROM outbox) AS events`);
    return JSON.stringify(row);
  }

  // values shaped like the real fields, and plain junk, mixed so validation, domain rules and the database are all reached
  const field = fc.oneof(
    fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.double(), fc.array(fc.string(), { maxLength: 3 }),
    fc.constantFrom('adult', 'young', 'parent', '1961-02-03', '2030-01-01', 'SN15 1ER', '943 476 5919', '07700 900123', 'chippenham', 'carers-together', 'atlantis', ''),
    fc.object({ maxDepth: 1 }),
  );
  const carerBody = fc.record({
    kind: field, givenName: field, familyName: field, dateOfBirth: field, postcode: field, providerId: field, nhsNumber: field,
    phoneNumbers: fc.oneof(field, fc.array(fc.record({ type: field, number: field }), { maxLength: 2 })), areaBoard: field,
    preferredContact: field, gpConsent: field, schoolUrn: field, hoursBand: field,
  }, { requiredKeys: [] });
  const planBody = fc.record({
    contacts: fc.oneof(field, fc.array(fc.record({ name: field, relationship: field, phone: field, consentGiven: field }), { maxLength: 4 })),
    needs: fc.oneof(field, fc.record({ routine: field, medicationNotes: field, access: field }, { requiredKeys: [] })),
    contingencyHours: field,
  }, { requiredKeys: [] });

  const BODIES: Record<string, fc.Arbitrary<unknown>> = {
    '/carers': carerBody,
    '/carers/{freshCarerId}/emergency-plan': planBody,
    '/emergency-cards/{cardNumber}/activations': fc.oneof(fc.record({ reason: field }, { requiredKeys: [] }), field),
  };
  const writeRoutes = MATRIX.filter((route) => route.method !== 'get').map((route) => route.path);
  const concrete = (path: string) => path.replace('{freshCarerId}', carerId).replace('{cardNumber}', cardNumber);

  it('has random bodies for every write route in the authorisation matrix', () => {
    expect(writeRoutes.filter((path) => !BODIES[path])).toEqual([]);
  });

  it.each(writeRoutes)('POST %s never answers 5xx and a refused request changes nothing', async (path) => {
    await fc.assert(
      fc.asyncProperty(BODIES[path], async (body) => {
        const before = await counts();
        const res = await request(service.url).post(concrete(path)).set(officer).set('content-type', 'application/json').send(JSON.stringify(body));
        expect({ body, status: res.status < 500 }).toEqual({ body, status: true });
        if (res.status >= 400) expect(await counts()).toBe(before);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
