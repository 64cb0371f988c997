import request from 'supertest';
import { bearer, listRoutes, PUBLIC_ROUTES, ServiceUnderTest, startServiceUnderTest } from '@carers/testing';
import { AppModule } from './app.module';
import { Actor, ACTORS, MATRIX } from './authorisation-matrix';
import { REGISTRATION } from './service';

describe('registration authorisation matrix', () => {
  let service: ServiceUnderTest;
  let officer: { authorization: string };
  const fixture: Record<string, string> = {};
  let unique = 0;

  async function newCarer(): Promise<string> {
    const res = await request(service.url).post('/carers').set(officer)
      .send({ kind: 'adult', givenName: `Fixture${++unique}`, familyName: `Carer${unique}`, dateOfBirth: `${1930 + (unique % 70)}-0${1 + (unique % 9)}-1${unique % 10}`, postcode: 'SN10 1AA', providerId: 'downs-carers-trust' });
    return res.body.id;
  }

  /** Fresh records for a cell that changes them, so every cell starts from the same state. */
  async function freshValues(path: string): Promise<Record<string, string>> {
    const values: Record<string, string> = {};
    if (path.includes('{freshCarerId}')) values['freshCarerId'] = await newCarer();
    if (path.includes('{freshRelationshipId}')) {
      values['freshRelationshipId'] = (await request(service.url).post(`/carers/${values['freshCarerId']}/relationships`).set(officer)
        .send({ relationship: 'spouse-or-partner', person: { givenName: 'Pat', familyName: 'Partner' } })).body.id;
    }
    if (path.includes('{freshConsentId}')) {
      values['freshConsentId'] = (await request(service.url).post(`/carers/${values['freshCarerId']}/consents`).set(officer)
        .send({ purpose: 'research', lawfulBasis: 'consent' })).body.id;
    }
    if (path.includes('{freshImportId}')) values['freshImportId'] = (await request(service.url).post('/imports').set(officer).send({ source: 'matrix' })).body.id;
    if (path.includes('{freshReviewId}')) {
      const first = { kind: 'adult', givenName: `Twin${++unique}`, familyName: 'Alpha', dateOfBirth: '1970-07-07', postcode: 'SN10 1AA' };
      await request(service.url).post('/carers').set(officer).send(first);
      const second = await request(service.url).post('/carers').set(officer).send({ ...first, familyName: 'Beta' });
      values['freshReviewId'] = second.body.possibleDuplicates[0].reviewId;
    }
    return values;
  }

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, REGISTRATION);
    officer = await bearer({ role: 'council-officer', tenant: 'E06000054' });
    fixture['carerId'] = await newCarer();
    const plan = await request(service.url).post(`/carers/${fixture['carerId']}/emergency-plan`).set(officer)
      .send(MATRIX.find((r) => r.path.endsWith('emergency-plan'))!.body);
    fixture['cardNumber'] = plan.body.cardNumber;
    fixture['importId'] = (await request(service.url).post('/imports').set(officer).send({ source: 'matrix' })).body.id;
  }, 90_000);
  afterAll(() => service?.stop(), 30_000);

  it('covers every route the service has (apart from probes and the platform admin API)', () => {
    const routes = listRoutes(service).filter((r) => !PUBLIC_ROUTES.includes(r.path) && !r.path.startsWith('/admin/'));
    const covered = MATRIX.map((m) => `${m.method} ${m.path}`);
    const normalise = (p: string) => p.replace(/:\w+|\{\w+\}/g, ':param');
    expect(routes.map((r) => normalise(`${r.method} ${r.path}`)).sort()).toEqual(covered.map(normalise).sort());
  });

  const cells = MATRIX.flatMap((route) => (Object.keys(ACTORS) as Actor[]).map((actor) => ({ route, actor, status: route.expect[actor] })));

  it.each(cells.map((c) => [`${c.route.method.toUpperCase()} ${c.route.path}`, c.actor, c.status, c] as const))('%s as %s answers %d', async (_, actor, status, cell) => {
    const values: Record<string, string> = { ...fixture, ...(await freshValues(cell.route.path)) };
    const resolved = cell.route.path.replace(/\{(\w+)\}/g, (_m, name: string) => values[name]);
    const body = cell.route.body && JSON.parse(JSON.stringify(cell.route.body).replace('{unique}', `Unique${++unique}`));
    const identity = ACTORS[actor];
    let call = (request(service.url) as any)[cell.route.method](resolved);
    if (identity) call = call.set(await bearer(identity as any));
    if (typeof body === 'string') call = call.set('content-type', 'text/csv');
    const res = await (body ? call.send(body) : call);
    expect({ actor, status: res.status }).toEqual({ actor, status });
  });
});
