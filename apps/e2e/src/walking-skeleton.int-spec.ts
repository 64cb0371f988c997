import { cloneServiceDatabase, eventually, isolatedTopics, bearer } from '@carers/testing';
import { BuiltService, startBuiltService } from './built-service';

const REGISTRATION = { name: 'registration', migrations: [], defaultPort: 0 };
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

function parseLogLine(line: string): { msg?: string; correlationId?: string } {
  try {
    return JSON.parse(line);
  } catch {
    return {};
  }
}

/** The walking skeleton across two real processes: HTTP -> registration -> outbox -> Kafka -> assessments' inbox. */
describe('walking skeleton: a registered carer reaches assessments through Kafka', () => {
  let registration: BuiltService;
  let assessments: BuiltService;
  const drops: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    const topics = await isolatedTopics('e2e');
    const databases = await Promise.all(
      ['registration', 'assessments'].map(async (name) => {
        // the built app migrates its clone at boot; the template only needs the platform tables
        const db = await cloneServiceDatabase({ ...REGISTRATION, name });
        drops.push(db.drop);
        return db.env;
      }),
    );
    const env = { ...topics.env, ...databases[0], ...databases[1] };
    [registration, assessments] = await Promise.all([
      startBuiltService('registration', 3901, { ...env, KAFKA_GROUP_ID: `${topics.prefix}registration` }),
      startBuiltService('assessments', 3902, { ...env, KAFKA_GROUP_ID: `${topics.prefix}assessments`, LOG_LEVEL: 'debug' }),
    ]);
  }, 120_000);

  afterAll(async () => {
    for (const s of [registration, assessments]) if (s && s.child.exitCode === null) s.child.kill('SIGKILL');
    await Promise.all(drops.map((d) => d()));
  });

  it('stores the carer, publishes CarerRegistered and assessments records it, with the trace and correlation id carried along', async () => {
    const auth = await bearer({ role: 'council-officer', tenant: 'E06000054' });
    const created = await fetch(`${registration.url}/carers`, {
      method: 'POST',
      headers: {
        ...auth,
        'content-type': 'application/json',
        'x-correlation-id': 'skeleton-corr-1',
        traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01`,
      },
      body: JSON.stringify({
        kind: 'young',
        givenName: 'Sam',
        familyName: 'Example',
        dateOfBirth: '2012-06-01',
        postcode: 'sn15 1er',
        providerId: 'carers-together',
      }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('x-correlation-id')).toBe('skeleton-corr-1');
    const carer = (await created.json()) as { id: string };

    const seen = await eventually(async () => {
      const res = await fetch(`${assessments.url}/known-carers/${carer.id}`, { headers: auth });
      return res.ok ? res.json() : undefined;
    }, 20_000);
    expect(seen).toMatchObject({ carerId: carer.id, kind: 'young', ageBand: '0-17', providerId: 'carers-together' });

    // the caller's trace and correlation id went through the outbox and Kafka headers into the consumer's logs
    const applied = await eventually(
      async () => assessments.logs.map(parseLogLine).find((l) => l.msg?.startsWith('applied') && l.correlationId === 'skeleton-corr-1'),
      5000,
    );
    expect(applied).toMatchObject({
      service: 'assessments',
      traceId: TRACE_ID,
      msg: expect.stringContaining('registration.carer.registered'),
    });

    // another council cannot see it: row-level security and tenant filtering
    const other = await bearer({ role: 'council-officer', tenant: 'E06000019' });
    expect((await fetch(`${assessments.url}/known-carers/${carer.id}`, { headers: other })).status).toBe(404);
    expect((await fetch(`${registration.url}/carers/${carer.id}`, { headers: other })).status).toBe(404);
  });

  it('answers 400 with the field and the reason for an invalid body, and stores nothing', async () => {
    const auth = await bearer({ role: 'council-officer', tenant: 'E06000054' });
    const res = await fetch(`${registration.url}/carers`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'sibling', givenName: '', familyName: 'X', dateOfBirth: '31/02/1990', postcode: 'nowhere' }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { violations: { field: string }[] };
    expect(body.violations.map((v: { field: string }) => v.field).sort()).toEqual(['dateOfBirth', 'givenName', 'kind', 'postcode']);
  });

  it("opens a carer's assessment request when a carer asks for one on registering, and a provider works it", async () => {
    const officer = await bearer({ role: 'council-officer', tenant: 'E06000054' });
    const created = await fetch(`${registration.url}/carers`, {
      method: 'POST',
      headers: { ...officer, 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'adult',
        givenName: 'Ada',
        familyName: 'Asks',
        dateOfBirth: '1958-03-03',
        postcode: 'BA14 8AA',
        providerId: 'downs-carers-trust',
        requestsAssessment: true,
      }),
    });
    const carer = (await created.json()) as { id: string };
    const provider = await bearer({ role: 'provider-worker', tenant: 'E06000054', providerId: 'downs-carers-trust' });
    const waiting = await eventually(async () => {
      const list = (await (await fetch(`${assessments.url}/waiting-list`, { headers: provider })).json()) as {
        entries: { carerId: string; assessmentId: string; route: string }[];
      };
      return list.entries.find((e) => e.carerId === carer.id);
    }, 20_000);
    expect(waiting).toMatchObject({ route: 'registration', type: 'carer', providerId: 'downs-carers-trust' });
    const commenced = await fetch(`${assessments.url}/assessments/${waiting.assessmentId}/commencement`, {
      method: 'POST',
      headers: { ...provider, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(commenced.status).toBe(200);
    const elsewhere = await bearer({ role: 'provider-worker', tenant: 'E06000054', providerId: 'vale-family-support' });
    expect((await fetch(`${assessments.url}/assessments/${waiting.assessmentId}`, { headers: elsewhere })).status).toBe(404);
  });

  it('answers two registrations of one person racing each other with 201 and 409, and writes none of their details to any log (issue 21, finding 1)', async () => {
    const officer = await bearer({ role: 'council-officer', tenant: 'E06000054' });
    const people = ['Racewell', 'Dashwood', 'Sprinter', 'Hurdley', 'Relayne', 'Photofinch'].map((familyName, i) => ({
      kind: 'adult',
      givenName: 'Rosalind',
      familyName,
      dateOfBirth: `1957-07-1${i}`,
      postcode: 'SN15 3QQ',
      nhsNumber: ['9999999409', '9999999417', '9999999425', '9999999433', '9999999441', '9999999468'][i],
      addressLine1: '12 Racecourse Lane',
    }));
    const post = (person: object) =>
      fetch(`${registration.url}/carers`, {
        method: 'POST',
        headers: { ...officer, 'content-type': 'application/json' },
        body: JSON.stringify(person),
      });
    // several people, so that at least one pair passes the duplicate check together and meets the unique index
    for (const person of people) {
      const answers = await Promise.all([post(person), post(person), post(person)]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    }
    await new Promise((r) => setTimeout(r, 500));
    const personal = people.flatMap((p) => [p.familyName, p.dateOfBirth, p.nhsNumber, p.addressLine1]);
    expect(registration.logs.filter((l) => personal.some((v) => l.includes(v)))).toEqual([]);
  });

  it('shuts down cleanly on SIGTERM: drains, leaves the group and exits 0', async () => {
    for (const s of [assessments, registration]) s.child.kill('SIGTERM');
    const exits = await Promise.all([assessments.exit, registration.exit]);
    expect(exits.map((e) => e.code)).toEqual([0, 0]);
    expect(assessments.logs.some((l) => l.includes('"msg":"stopped cleanly"'))).toBe(true);
  }, 40_000);
});
