import request from 'supertest';
import { DataSource } from 'typeorm';
import { CarerRegistered, Topics } from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { bearer, eventually, ServiceUnderTest, startServiceUnderTest } from '@carers/testing';
import { AppModule } from '../app.module';
import { REGISTRATION } from '../service';

const WILTSHIRE = 'E06000054';
const full = {
  kind: 'adult',
  givenName: 'Ann',
  familyName: 'Example',
  dateOfBirth: '1961-02-03',
  postcode: 'sn15 1er',
  providerId: 'carers-together',
  nhsNumber: '943 476 5919',
  gender: 'female',
  ethnicity: 'A',
  addressLine1: '1 High Street',
  town: 'Chippenham',
  phoneNumbers: [{ type: 'mobile', number: '07700 900123' }],
  email: 'ann@example.org',
  preferredContact: 'text',
  gpPracticeCode: 'J83001',
  gpConsent: true,
  areaBoard: 'chippenham',
  hoursBand: '35-49',
  employmentStatus: 'employed-part-time',
};

describe('the register of carers', () => {
  let service: ServiceUnderTest;
  let officer: { authorization: string };
  const events: { type: string; data: any; raw: string }[] = [];
  const reader = createKafka('carers-test', () => undefined).consumer({ groupId: `carers-test-${Date.now()}` });

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, REGISTRATION);
    officer = await bearer({ role: 'council-officer', tenant: WILTSHIRE });
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

  it('registers a full record, normalised, and publishes an event with codes and bands only', async () => {
    const res = await request(service.url).post('/carers').set(officer).send(full).expect(201);
    expect(res.body).toMatchObject({
      postcode: 'SN15 1ER',
      nhsNumber: '9434765919',
      phoneNumbers: [{ type: 'mobile', number: '+447700900123' }],
      areaBoard: 'chippenham',
    });
    const event = await eventually(async () => events.find((e) => e.data.carerId === res.body.id), 15_000);
    expect(event).toMatchObject({
      type: CarerRegistered.type,
      data: {
        kind: 'adult',
        ageBand: '65-74',
        areaBoard: 'chippenham',
        hoursBand: '35-49',
        gpConsent: true,
        providerId: 'carers-together',
      },
    });
    expect(event.raw).not.toMatch(/Ann|Example|1961|SN15|9434765919|07700|ann@example|High Street/);
  });

  it('answers 409 with the existing id for the same NHS number, or the same name, date of birth and postcode', async () => {
    const first = await request(service.url)
      .post('/carers')
      .set(officer)
      .send({ ...full, nhsNumber: '401 023 2137', familyName: 'Twice', email: undefined, preferredContact: undefined })
      .expect(201);
    const sameNhs = await request(service.url)
      .post('/carers')
      .set(officer)
      .send({ ...full, nhsNumber: '4010232137', familyName: 'Renamed' })
      .expect(409);
    expect(sameNhs.body).toMatchObject({ code: 'duplicate', existingId: first.body.id });
    const samePerson = await request(service.url)
      .post('/carers')
      .set(officer)
      .send({ kind: 'adult', givenName: 'ANN', familyName: 'twice', dateOfBirth: '1961-02-03', postcode: 'SN151ER' })
      .expect(409);
    expect(samePerson.body.existingId).toBe(first.body.id);
  });

  it('answers 422 for an area board or provider the council does not have, and 400 naming each bad field', async () => {
    const base = { kind: 'adult', givenName: 'Bo', familyName: 'Unknown', dateOfBirth: '1970-01-01', postcode: 'SN10 1AA' };
    expect(
      (
        await request(service.url)
          .post('/carers')
          .set(officer)
          .send({ ...base, areaBoard: 'atlantis' })
          .expect(422)
      ).body.code,
    ).toBe('unknown-area-board');
    expect(
      (
        await request(service.url)
          .post('/carers')
          .set(officer)
          .send({ ...base, providerId: 'hfd-carers-hub' })
          .expect(422)
      ).body.code,
    ).toBe('unknown-provider');
    const bad = await request(service.url)
      .post('/carers')
      .set(officer)
      .send({
        ...base,
        nhsNumber: '12-34',
        gpPracticeCode: 'practice',
        email: 'not-an-email',
        ethnicity: 'Q',
        hoursBand: 'lots',
        phoneNumbers: [{ type: 'fax', number: 'x' }],
      })
      .expect(400);
    expect(bad.body.violations.map((v: { field: string }) => v.field).sort()).toEqual([
      'email',
      'ethnicity',
      'gpPracticeCode',
      'hoursBand',
      'nhsNumber',
      'phoneNumbers.0.number',
      'phoneNumbers.0.type',
    ]);
    expect(
      (
        await request(service.url)
          .post('/carers')
          .set(officer)
          .send({ ...base, nhsNumber: '943 476 5918' })
          .expect(422)
      ).body.message,
    ).toMatch(/Modulus 11/);
  });

  it('lists with filters and cursor pagination, and a provider worker sees only its own carers', async () => {
    const tag = `List${Date.now()}`;
    for (let i = 0; i < 5; i++) {
      await request(service.url)
        .post('/carers')
        .set(officer)
        .send({
          kind: i < 2 ? 'young' : 'adult',
          givenName: `P${i}`,
          familyName: tag,
          dateOfBirth: i < 2 ? '2012-05-01' : '1980-05-01',
          postcode: 'BA14 8JN',
          areaBoard: 'trowbridge',
          providerId: i % 2 ? 'downs-carers-trust' : 'vale-family-support',
        })
        .expect(201);
    }
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const res = await request(service.url)
        .get('/carers')
        .query({ areaBoard: 'trowbridge', limit: '2', ...(cursor ? { cursor } : {}) })
        .set(officer)
        .expect(200);
      pages.push(res.body.carers.map((c: { givenName: string }) => c.givenName));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(pages.flat().sort()).toEqual(['P0', 'P1', 'P2', 'P3', 'P4']);
    expect(pages[0]).toHaveLength(2);
    const young = await request(service.url).get('/carers').query({ areaBoard: 'trowbridge', ageBand: '0-17' }).set(officer).expect(200);
    expect(young.body.carers.map((c: { givenName: string }) => c.givenName).sort()).toEqual(['P0', 'P1']);
    expect(
      (
        await request(service.url)
          .get('/carers')
          .query({ kind: 'young', providerId: 'downs-carers-trust', areaBoard: 'trowbridge' })
          .set(officer)
          .expect(200)
      ).body.carers,
    ).toHaveLength(1);
    await request(service.url).get('/carers').query({ cursor: 'bm90LWEtY3Vyc29y' }).set(officer).expect(422);

    const worker = await bearer({ role: 'provider-worker', tenant: WILTSHIRE, providerId: 'downs-carers-trust' });
    const own = await request(service.url).get('/carers').query({ areaBoard: 'trowbridge' }).set(worker).expect(200);
    expect(own.body.carers.map((c: { givenName: string }) => c.givenName).sort()).toEqual(['P1', 'P3']);
    const all = await request(service.url).get('/carers').query({ areaBoard: 'trowbridge' }).set(officer).expect(200);
    const others = all.body.carers.find((c: { providerId: string }) => c.providerId === 'vale-family-support');
    await request(service.url).get(`/carers/${others.id}`).set(worker).expect(404);
    const mine = await request(service.url)
      .post('/carers')
      .set(worker)
      .send({
        kind: 'adult',
        givenName: 'Own',
        familyName: tag,
        dateOfBirth: '1975-01-01',
        postcode: 'BA14 8JN',
        providerId: 'vale-family-support',
      })
      .expect(201);
    expect(mine.body.providerId).toBe('downs-carers-trust');
    await request(service.url).get(`/carers/${mine.body.id}`).set(worker).expect(200);
  });

  describe('a provider worker registering someone already on the register (issue 21, finding 4)', () => {
    const downs = () => bearer({ role: 'provider-worker', tenant: WILTSHIRE, providerId: 'downs-carers-trust', subject: 'downs-worker-4' });
    const vale = () => bearer({ role: 'provider-worker', tenant: WILTSHIRE, providerId: 'vale-family-support', subject: 'vale-worker-4' });
    let registered = 0;
    const someone = (over: Record<string, unknown> = {}) => ({
      kind: 'adult',
      givenName: 'Known',
      familyName: `Elsewhere${++registered}`,
      dateOfBirth: '1966-06-16',
      postcode: 'SN10 2AB',
      ...over,
    });
    const referrals = async () => (await request(service.url).get('/registration-referrals').set(officer).expect(200)).body.referrals;

    it("never gives another provider's carer's id: 202, the same words whoever holds the record, and a referral for an officer", async () => {
      const held = someone({ nhsNumber: '450 557 7104', providerId: 'downs-carers-trust' });
      const existing = (await request(service.url).post('/carers').set(officer).send(held).expect(201)).body.id;
      const unallocated = (await request(service.url).post('/carers').set(officer).send(someone()).expect(201)).body;

      const answers = [
        // the same NHS number, under another name
        await request(service.url)
          .post('/carers')
          .set(await vale())
          .send({ ...held, familyName: 'Renamed', requestsAssessment: true }),
        // the same name, date of birth and postcode
        await request(service.url)
          .post('/carers')
          .set(await vale())
          .send({ ...held, nhsNumber: undefined, providerId: undefined }),
        // a record no provider holds is outside every provider's scope too
        await request(service.url)
          .post('/carers')
          .set(await vale())
          .send({ ...someone(), familyName: unallocated.familyName }),
      ];
      for (const answer of answers) {
        expect(answer.status).toBe(202);
        expect(answer.body).toEqual(answers[0].body);
        expect(JSON.stringify(answer.body)).not.toMatch(new RegExp(`${existing}|${unallocated.id}|downs|existingId`));
      }
      expect(answers[0].body).toEqual({ status: 'referred-to-council', message: expect.stringContaining('council officer will review') });

      // nothing was registered, and the officer sees each attempt: who, for which provider, and the record
      const [rows] = await new UnitOfWork(service.app.get(DataSource)).run(WILTSHIRE, (tx) =>
        tx.query(`SELECT count(*)::int AS n FROM carer WHERE family_name IN ($1, 'Renamed') OR nhs_number = '4505577104'`, [
          held.familyName,
        ]),
      );
      expect(rows.n).toBe(1);
      const open = (await referrals()).filter((r: { carerId: string }) => [existing, unallocated.id].includes(r.carerId));
      expect(open.map((r: any) => [r.carerId, r.providerId, r.submittedBy, r.requestsAssessment, r.status])).toEqual([
        [existing, 'vale-family-support', 'vale-worker-4', true, 'open'],
        [existing, 'vale-family-support', 'vale-worker-4', false, 'open'],
        [unallocated.id, 'vale-family-support', 'vale-worker-4', false, 'open'],
      ]);
      expect(JSON.stringify(open)).not.toMatch(/Renamed|450557|SN10/);

      // an officer closes one; the provider worker may not read or close referrals
      const closed = await request(service.url)
        .post(`/registration-referrals/${open[0].id}/closure`)
        .set(officer)
        .send({ reason: 'allocated to vale-family-support' })
        .expect(200);
      expect(closed.body).toMatchObject({ status: 'closed', closingReason: 'allocated to vale-family-support' });
      await request(service.url).post(`/registration-referrals/${open[0].id}/closure`).set(officer).send({ reason: 'again' }).expect(409);
      expect((await referrals()).map((r: { id: string }) => r.id)).not.toContain(open[0].id);
      await request(service.url)
        .get('/registration-referrals')
        .set(await vale())
        .expect(403);
      await request(service.url)
        .post(`/registration-referrals/${open[1].id}/closure`)
        .set(await vale())
        .send({ reason: 'x' })
        .expect(403);
    });

    it("still answers 409 with the id to whoever may see the record: its own provider's worker and a council officer", async () => {
      const held = someone({ nhsNumber: '422 599 8002', providerId: 'downs-carers-trust' });
      const existing = (await request(service.url).post('/carers').set(officer).send(held).expect(201)).body.id;
      const before = (await referrals()).length;
      const own = await request(service.url)
        .post('/carers')
        .set(await downs())
        .send(held)
        .expect(409);
      expect(own.body).toMatchObject({ code: 'duplicate', existingId: existing });
      const council = await request(service.url).post('/carers').set(officer).send(held).expect(409);
      expect(council.body).toMatchObject({ code: 'duplicate', existingId: existing });
      expect(await referrals()).toHaveLength(before);
    });
  });
});
