import request from 'supertest';
import { DataSource, EntityManager } from 'typeorm';
import { Topics } from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { bearer, eventuallyPasses, ServiceUnderTest, startServiceUnderTest } from '@carers/testing';
import { AppModule } from '../app.module';
import { REGISTRATION } from '../service';
import { TransitionDueJob } from './application/transition-due.job';

const WILTSHIRE = 'E06000054';
let unique = 0;
const person = (over: Record<string, unknown> = {}) => ({
  kind: 'adult',
  givenName: `Life${++unique}`,
  familyName: 'Cycle',
  dateOfBirth: `${1940 + unique}-03-04`,
  postcode: 'BA14 8AA',
  providerId: 'downs-carers-trust',
  ...over,
});

jest.setTimeout(30_000);

describe('a carer through their life on the register', () => {
  let service: ServiceUnderTest;
  let officer: { authorization: string };
  let provider: { authorization: string };
  const events: { type: string; data: any; raw: string }[] = [];
  const reader = createKafka('lifecycle-test', () => undefined).consumer({ groupId: `lifecycle-test-${Date.now()}` });
  const eventsAbout = (id: string) => events.filter((e) => JSON.stringify(e.data).includes(id));

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, REGISTRATION, { CARERS_COUNCILS: WILTSHIRE });
    officer = await bearer({ role: 'council-officer', tenant: WILTSHIRE });
    provider = await bearer({ role: 'provider-worker', tenant: WILTSHIRE, providerId: 'downs-carers-trust' });
    await reader.connect();
    await reader.subscribe({ topic: service.prefix + Topics.registrationCarer, fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => {
        const raw = message.value!.toString();
        const event = JSON.parse(raw);
        events.push({ type: event.type, data: event.data, raw });
      },
    });
  }, 90_000);
  afterAll(async () => {
    await reader.disconnect();
    await service?.stop();
  }, 30_000);

  const asCouncil = (work: (m: EntityManager) => Promise<any>) =>
    service.app.get(DataSource).transaction(async (m) => {
      await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [WILTSHIRE]);
      return work(m);
    });
  const register = async (body = person()) => (await request(service.url).post('/carers').set(officer).send(body).expect(201)).body;

  it('updates a record and tells the other services which fields changed, never their values', async () => {
    const carer = await register();
    const res = await request(service.url)
      .patch(`/carers/${carer.id}`)
      .set(provider)
      .send({ addressLine1: '9 New Road', postcode: 'ba148zz', hoursBand: '50+' })
      .expect(200);
    expect(res.body).toMatchObject({ postcode: 'BA14 8ZZ', addressLine1: '9 New Road', hoursBand: '50+' });
    await eventuallyPasses(() => expect(eventsAbout(carer.id).map((e) => e.type)).toContain('registration.carer.updated'));
    const updated = eventsAbout(carer.id).find((e) => e.type === 'registration.carer.updated')!;
    expect(updated.data.changedFields.sort()).toEqual(['addressLine1', 'hoursBand', 'postcode']);
    expect(updated.raw).not.toMatch(/New Road|BA14|Life\d/);
  });

  it('refuses an update that breaks a rule and keeps the record as it was', async () => {
    const carer = await register();
    const res = await request(service.url).patch(`/carers/${carer.id}`).set(officer).send({ nhsNumber: '943 476 5918' }).expect(422);
    expect(res.body.message).toContain('Modulus 11');
    expect((await request(service.url).get(`/carers/${carer.id}`).set(officer)).body.nhsNumber).toBeUndefined();
  });

  it('keeps the history of the providers that supported a carer', async () => {
    const carer = await register();
    await request(service.url)
      .post(`/carers/${carer.id}/allocations`)
      .set(officer)
      .send({ providerId: 'vale-family-support', reason: 'nearer home' })
      .expect(201);
    const history = (await request(service.url).get(`/carers/${carer.id}/allocations`).set(officer).expect(200)).body.allocations;
    expect(history.map((a: any) => [a.providerId, a.toOn ? 'ended' : 'current'])).toEqual([
      ['downs-carers-trust', 'ended'],
      ['vale-family-support', 'current'],
    ]);
    await request(service.url).get(`/carers/${carer.id}`).set(provider).expect(404);
    await request(service.url)
      .post(`/carers/${carer.id}/allocations`)
      .set(officer)
      .send({ providerId: 'atlantis', reason: 'x' })
      .expect(422);
    await eventuallyPasses(() =>
      expect(eventsAbout(carer.id).find((e) => e.type === 'registration.carer.provider-allocated')?.data).toMatchObject({
        providerId: 'vale-family-support',
        previousProviderId: 'downs-carers-trust',
      }),
    );
  });

  it('records that two carers care for the same person, and when one stops', async () => {
    const first = await register();
    const second = await register();
    const started = await request(service.url)
      .post(`/carers/${first.id}/relationships`)
      .set(officer)
      .send({
        relationship: 'parent',
        startedOn: '2020-05-01',
        person: { givenName: 'Mum', familyName: 'Cycle', dateOfBirth: '1930-01-01', careNeeds: 'dementia' },
      })
      .expect(201);
    const caredForId = started.body.caredFor.id;
    await request(service.url)
      .post(`/carers/${second.id}/relationships`)
      .set(officer)
      .send({ relationship: 'parent', caredForId })
      .expect(201);
    await request(service.url)
      .post(`/carers/${second.id}/relationships`)
      .set(officer)
      .send({ relationship: 'parent', caredForId })
      .expect(422);
    await request(service.url)
      .post(`/carers/${first.id}/relationships/${started.body.id}/end`)
      .set(officer)
      .send({ endedOn: '2026-01-31' })
      .expect(200);
    const list = (await request(service.url).get(`/carers/${first.id}/relationships`).set(officer)).body.relationships;
    expect(list).toEqual([
      expect.objectContaining({
        relationship: 'parent',
        startedOn: '2020-05-01',
        endedOn: '2026-01-31',
        caredFor: expect.objectContaining({ careNeeds: 'dementia' }),
      }),
    ]);
    await eventuallyPasses(() =>
      expect(eventsAbout(first.id).map((e) => e.type)).toEqual(
        expect.arrayContaining(['registration.carer.relationship-started', 'registration.carer.relationship-ended']),
      ),
    );
    expect(
      eventsAbout(first.id)
        .map((e) => e.raw)
        .join(),
    ).not.toMatch(/dementia|Mum/);
  });

  it("lets a provider worker link only people its provider's carers care for; anyone else answers as unknown (issue 21, finding 11)", async () => {
    const theirs = await register(person({ providerId: 'vale-family-support' }));
    const unrelated = (
      await request(service.url)
        .post(`/carers/${theirs.id}/relationships`)
        .set(officer)
        .send({
          relationship: 'parent',
          person: { givenName: 'Unseen', familyName: 'Person', dateOfBirth: '1931-01-01', careNeeds: 'insulin twice a day' },
        })
        .expect(201)
    ).body.caredFor.id;
    const mine = await register();

    const refused = await request(service.url)
      .post(`/carers/${mine.id}/relationships`)
      .set(provider)
      .send({ relationship: 'parent', caredForId: unrelated })
      .expect(404);
    const nobody = '00000000-0000-4000-8000-000000000000';
    const unknown = await request(service.url)
      .post(`/carers/${mine.id}/relationships`)
      .set(provider)
      .send({ relationship: 'parent', caredForId: nobody })
      .expect(404);
    expect(refused.body).toEqual({ ...unknown.body, message: unknown.body.message.replace(nobody, unrelated) });
    const read = await request(service.url).get(`/carers/${mine.id}/relationships`).set(provider).expect(200);
    expect(read.body.relationships).toEqual([]);
    expect(JSON.stringify(read.body)).not.toMatch(/Unseen|insulin/);

    // a person the provider's own carer cares for may be linked to another of its carers, and an officer may link anyone
    const own = (
      await request(service.url)
        .post(`/carers/${mine.id}/relationships`)
        .set(provider)
        .send({ relationship: 'parent', person: { givenName: 'Shared', familyName: 'Parent' } })
        .expect(201)
    ).body.caredFor.id;
    const sibling = await register();
    await request(service.url)
      .post(`/carers/${sibling.id}/relationships`)
      .set(provider)
      .send({ relationship: 'parent', caredForId: own })
      .expect(201);
    await request(service.url)
      .post(`/carers/${mine.id}/relationships`)
      .set(officer)
      .send({ relationship: 'friend', caredForId: unrelated })
      .expect(201);
  });

  it('keeps consents as records: given, withdrawn, never given twice at once', async () => {
    const carer = await register();
    const given = await request(service.url)
      .post(`/carers/${carer.id}/consents`)
      .set(officer)
      .send({ purpose: 'notify-gp', lawfulBasis: 'consent', givenOn: '2026-01-05' })
      .expect(201);
    const again = await request(service.url)
      .post(`/carers/${carer.id}/consents`)
      .set(officer)
      .send({ purpose: 'notify-gp', lawfulBasis: 'consent' })
      .expect(409);
    expect(again.body.existingId).toBe(given.body.id);
    await request(service.url)
      .post(`/carers/${carer.id}/consents/${given.body.id}/withdrawal`)
      .set(officer)
      .send({ withdrawnOn: '2026-06-01' })
      .expect(200);
    await request(service.url)
      .post(`/carers/${carer.id}/consents`)
      .set(officer)
      .send({ purpose: 'notify-gp', lawfulBasis: 'consent' })
      .expect(201);
    const consents = (await request(service.url).get(`/carers/${carer.id}/consents`).set(officer)).body.consents;
    expect(consents.map((c: any) => c.withdrawnOn ?? 'current')).toEqual(['2026-06-01', 'current']);
    await eventuallyPasses(() =>
      expect(
        eventsAbout(carer.id)
          .filter((e) => e.type === 'registration.carer.consent-changed')
          .map((e) => e.data.status),
      ).toEqual(['given', 'withdrawn', 'given']),
    );
  });

  it('queues a near-match for review, and a merge moves what the person had onto the surviving record', async () => {
    const original = await register(person({ familyName: 'Maiden' }));
    await request(service.url)
      .post(`/carers/${original.id}/consents`)
      .set(officer)
      .send({ purpose: 'research', lawfulBasis: 'consent' })
      .expect(201);
    const married = await request(service.url)
      .post('/carers')
      .set(officer)
      .send({
        ...person(),
        givenName: original.givenName,
        dateOfBirth: original.dateOfBirth,
        postcode: original.postcode,
        familyName: 'Married',
      })
      .expect(201);
    expect(married.body.possibleDuplicates).toEqual([
      {
        reviewId: expect.any(String),
        carerId: original.id,
        reasons: ['same date of birth and given name', 'same date of birth and postcode'],
      },
    ]);
    const queue = (await request(service.url).get('/duplicate-reviews').set(officer).expect(200)).body.reviews;
    expect(queue.map((r: any) => r.id)).toContain(married.body.possibleDuplicates[0].reviewId);
    const merged = await request(service.url)
      .post(`/duplicate-reviews/${married.body.possibleDuplicates[0].reviewId}/merge`)
      .set(officer)
      .send({ reason: 'same person, married in 2025', survivorId: married.body.id })
      .expect(200);
    expect(merged.body).toMatchObject({ status: 'merged', survivorId: married.body.id });
    expect((await request(service.url).get(`/carers/${original.id}`).set(officer)).body).toMatchObject({
      status: 'merged',
      mergedInto: married.body.id,
    });
    expect(
      (await request(service.url).get(`/carers/${married.body.id}/consents`).set(officer)).body.consents.map((c: any) => c.purpose),
    ).toEqual(['research']);
    await request(service.url)
      .post(`/duplicate-reviews/${married.body.possibleDuplicates[0].reviewId}/keep-apart`)
      .set(officer)
      .send({ reason: 'late' })
      .expect(409);
    await eventuallyPasses(() =>
      expect(eventsAbout(original.id).find((e) => e.type === 'registration.carer.merged')?.data).toEqual(
        expect.objectContaining({ survivorId: married.body.id, mergedId: original.id }),
      ),
    );
  });

  it('announces once that a young carer is approaching 18, with the month but never the birth date', async () => {
    const seventeen = `${Number(new Date().toISOString().slice(0, 4)) - 17}-01-01`;
    const young = await register(person({ kind: 'young', dateOfBirth: seventeen, schoolUrn: '123456' }));
    const younger = await register(person({ kind: 'young', dateOfBirth: `${Number(seventeen.slice(0, 4)) + 3}-01-01` }));
    const scheduler = service.app.get(TransitionDueJob);
    expect(await scheduler.runOnce()).toBe(1);
    expect(await scheduler.runOnce()).toBe(0);
    await eventuallyPasses(() =>
      expect(eventsAbout(young.id).find((e) => e.type === 'registration.carer.transition-due')?.data).toMatchObject({
        carerId: young.id,
        providerId: 'downs-carers-trust',
        turns18In: `${Number(seventeen.slice(0, 4)) + 18}-01`,
      }),
    );
    const raw = eventsAbout(young.id).find((e) => e.type === 'registration.carer.transition-due')!.raw;
    expect(raw).not.toContain(seventeen);
    expect(eventsAbout(younger.id).map((e) => e.type)).not.toContain('registration.carer.transition-due');
  });

  it('audits reads and writes, exports everything held about a carer, and erases on request', async () => {
    const carer = await register(person({ nhsNumber: '943 476 5919', phoneNumbers: [{ type: 'mobile', number: '07700 900123' }] }));
    await request(service.url).get(`/carers/${carer.id}`).set(provider).set('x-access-purpose', 'support planning call').expect(200);
    await request(service.url)
      .post(`/carers/${carer.id}/relationships`)
      .set(officer)
      .send({ relationship: 'child', person: { givenName: 'Kid', familyName: 'Cycle' } })
      .expect(201);
    const sar = (await request(service.url).get(`/carers/${carer.id}/subject-access`).set(officer).expect(200)).body;
    expect(sar.carer).toMatchObject({ id: carer.id, nhsNumber: '9434765919' });
    expect(sar.relationships).toEqual([expect.objectContaining({ givenName: 'Kid', relationship: 'child' })]);
    expect(sar.allocations).toEqual([expect.objectContaining({ providerId: 'downs-carers-trust', reason: 'registration' })]);
    expect(sar.auditTrail.map((a: any) => [a.action, a.what, a.role, a.purpose])).toEqual([
      ['write', 'POST /carers', 'council-officer', 'care-and-support'],
      ['read', 'GET /carers/:id', 'provider-worker', 'support planning call'],
      ['write', 'POST /carers/:carerId/relationships', 'council-officer', 'care-and-support'],
    ]);
    const document = await request(service.url).get(`/carers/${carer.id}/subject-access?format=html`).set(officer).expect(200);
    expect(document.headers['content-type']).toContain('text/html');
    expect(document.text).toContain('Information we hold about you');
    expect(document.text).toContain('support planning call');

    await request(service.url).put(`/carers/${carer.id}/legal-hold`).set(officer).send({ reason: 'tribunal claim' }).expect(200);
    const refused = await request(service.url)
      .post(`/carers/${carer.id}/erasure`)
      .set(officer)
      .send({ reason: 'email of 1 Nov' })
      .expect(409);
    expect(refused.body.message).toContain('legal hold');
    await request(service.url).delete(`/carers/${carer.id}/legal-hold`).set(officer).expect(200);
    await request(service.url).post(`/carers/${carer.id}/erasure`).set(officer).send({ reason: 'email of 1 Nov' }).expect(200);

    const after = (await request(service.url).get(`/carers/${carer.id}`).set(officer).expect(200)).body;
    expect(after).toEqual(expect.objectContaining({ status: 'anonymised', kind: 'adult', providerId: 'downs-carers-trust' }));
    expect(JSON.stringify(after)).not.toMatch(/Life|943|07700|BA14|Cycle/);
    const [row] = await asCouncil((m) =>
      m.query(`SELECT given_name, family_name, date_of_birth, nhs_number, phone_numbers, postcode FROM carer WHERE id = $1`, [carer.id]),
    );
    expect(row).toEqual({ given_name: null, family_name: null, date_of_birth: null, nhs_number: null, phone_numbers: [], postcode: null });
    const sarAfter = (await request(service.url).get(`/carers/${carer.id}/subject-access`).set(officer)).body;
    expect(sarAfter.relationships[0]).toMatchObject({ givenName: null, familyName: null });
    await eventuallyPasses(() =>
      expect(eventsAbout(carer.id).find((e) => e.type === 'registration.carer.anonymised')?.data.cause).toBe('erasure-request'),
    );
  });

  it('anonymises deregistered carers when their retention period ends, unless held', async () => {
    const due = await register();
    const held = await register();
    const recent = await register();
    for (const c of [due, held, recent])
      await request(service.url).post(`/carers/${c.id}/deregistration`).set(officer).send({ reason: 'no-longer-caring' }).expect(200);
    await request(service.url).put(`/carers/${held.id}/legal-hold`).set(officer).send({ reason: 'safeguarding enquiry' }).expect(200);
    await request(service.url).put('/retention-schedule').set(officer).send({ yearsAfterDeregistration: 2 }).expect(200);
    // time passing: two of them left the register three years ago
    await asCouncil((m) =>
      m.query(
        `UPDATE carer SET deregistered_on = deregistered_on - interval '3 years', registered_on = registered_on - interval '4 years' WHERE id = ANY($1::uuid[])`,
        [[due.id, held.id]],
      ),
    );
    // another council's administrator runs retention for its own council only (issue 21, finding 10)
    const herefordshire = await bearer({ role: 'platform-admin', tenant: 'E06000019' });
    const elsewhere = await request(service.url).post('/admin/retention/run').set(herefordshire).expect(200);
    expect(Object.keys(elsewhere.body.anonymised)).toEqual(['E06000019']);
    expect((await request(service.url).get(`/carers/${due.id}`).set(officer)).body.status).toBe('deregistered');
    const admin = await bearer({ role: 'platform-admin', tenant: WILTSHIRE });
    const run = await request(service.url).post('/admin/retention/run').set(admin).expect(200);
    expect(run.body.anonymised[WILTSHIRE]).toBe(1);
    const statuses = await Promise.all(
      [due, held, recent].map(async (c) => (await request(service.url).get(`/carers/${c.id}`).set(officer)).body.status),
    );
    expect(statuses).toEqual(['anonymised', 'deregistered', 'deregistered']);
    const listed = async (status?: string) =>
      (
        await request(service.url)
          .get(`/carers${status ? `?status=${status}` : ''}`)
          .set(officer)
      ).body.carers.map((c: any) => c.id);
    expect(await listed()).not.toContain(recent.id);
    expect(await listed('deregistered')).toEqual(expect.arrayContaining([held.id, recent.id]));
  });
});
