import { createHmac } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { EmergencyPlanActivated, EmergencyPlanCreated, EmergencyPlanReviewDue, Topics } from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { bearer, eventually, listRoutes, ServiceUnderTest, startServiceUnderTest } from '@carers/testing';
import { AppModule } from '../app.module';
import { REGISTRATION } from '../service';
import { EmergencyPlanReviewsJob } from './application/emergency-plan-reviews.job';

const WILTSHIRE = 'E06000054';
const CARD_NUMBER_KEY = 'emergency-plans-int-spec-key-0123456789abcdef';
const contacts = [
  { name: 'Jo Neighbour', relationship: 'neighbour', phone: '07700 900123', consentGiven: true },
  { name: 'Sam Brother', relationship: 'brother', phone: '+44 (0)1225 713000', consentGiven: true },
];
const needs = {
  routine: 'Help to get up at 8am, meals at 12 and 6',
  medicationNotes: 'Donepezil 10mg at night',
  access: 'Key safe by the back door',
};

describe('emergency plans and cards', () => {
  let service: ServiceUnderTest;
  const events: { key: string; type: string; data: any }[] = [];
  const reader = createKafka('emergency-test', () => undefined).consumer({ groupId: `emergency-test-${Date.now()}` });

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, REGISTRATION, { CARD_NUMBER_KEY });
    await reader.connect();
    await reader.subscribe({ topic: service.prefix + Topics.registrationEmergencyPlan, fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => {
        const event = JSON.parse(message.value!.toString());
        events.push({ key: message.key!.toString(), type: event.type, data: event.data });
      },
    });
  }, 90_000);
  afterAll(async () => {
    await reader.disconnect();
    await service?.stop();
  }, 30_000);

  let registered = 0;
  async function registerCarer(tenant = WILTSHIRE): Promise<string> {
    const res = await request(service.url)
      .post('/carers')
      .set(await bearer({ role: 'council-officer', tenant }))
      .send({
        kind: 'adult',
        givenName: 'Pat',
        familyName: `Example-${++registered}`,
        dateOfBirth: '1958-02-11',
        postcode: 'SN10 1AA',
        ...(tenant === WILTSHIRE ? { providerId: 'carers-together' } : {}),
      })
      .expect(201);
    return res.body.id;
  }

  it('makes a plan with an unguessable card that a responder can look up 24/7, seeing only the minimal view', async () => {
    const officer = await bearer({ role: 'council-officer', tenant: WILTSHIRE });
    const carerId = await registerCarer();
    const made = await request(service.url).post(`/carers/${carerId}/emergency-plan`).set(officer).send({ contacts, needs }).expect(201);
    expect(made.body.cardNumber).toMatch(/^CERS(-[A-Z2-9]{4}){4}$/);
    expect(made.body.contacts.map((c: { phone: string }) => c.phone)).toEqual(['+447700900123', '+441225713000']);

    const responder = await bearer({ role: 'emergency-responder', tenant: WILTSHIRE, subject: 'duty-team-7' });
    const seen = await request(service.url)
      .post('/emergency-cards/look-up')
      .set(responder)
      .send({ cardNumber: made.body.cardNumber })
      .expect(200);
    expect(Object.keys(seen.body).sort()).toEqual(['cardNumber', 'contacts', 'contingencyHours', 'needs']);
    expect(seen.body.needs).toEqual(needs);
    expect(JSON.stringify(seen.body)).not.toMatch(/Pat|Example|1958|SN10/);

    // another council's responder, an unknown card and the wrong role
    await request(service.url)
      .post('/emergency-cards/look-up')
      .set(await bearer({ role: 'emergency-responder', tenant: 'E06000019' }))
      .send({ cardNumber: made.body.cardNumber })
      .expect(404);
    await request(service.url).post('/emergency-cards/look-up').set(responder).send({ cardNumber: 'CERS-AAAA-BBBB-CCCC-DDDD' }).expect(404);
    await request(service.url)
      .post('/emergency-cards/look-up')
      .set(await bearer({ role: 'board-member', tenant: WILTSHIRE }))
      .send({ cardNumber: made.body.cardNumber })
      .expect(403);
    const malformed = await request(service.url)
      .post('/emergency-cards/look-up')
      .set(responder)
      .send({ cardNumber: 'not-a-card' })
      .expect(400);
    expect(malformed.body.violations).toEqual([{ field: 'cardNumber', reason: expect.stringContaining('CERS-XXXX') }]);
    expect(JSON.stringify(malformed.body)).not.toContain('not-a-card');

    const activated = await request(service.url)
      .post('/emergency-cards/activation')
      .set(responder)
      .send({ cardNumber: made.body.cardNumber, reason: 'Carer admitted to hospital' })
      .expect(201);
    expect(activated.body.contacts).toHaveLength(2);

    const log = await new UnitOfWork(service.app.get(DataSource)).run(WILTSHIRE, (tx) =>
      tx.query(`SELECT action, by_subject, reason FROM emergency_card_access ORDER BY id`),
    );
    expect(log.filter((l: { by_subject: string }) => l.by_subject === 'duty-team-7')).toEqual([
      { action: 'lookup', by_subject: 'duty-team-7', reason: null },
      { action: 'activation', by_subject: 'duty-team-7', reason: 'Carer admitted to hospital' },
    ]);

    await eventually(
      async () => (events.some((e) => e.type === EmergencyPlanActivated.type && e.data.carerId === carerId) ? true : undefined),
      15_000,
    );
    const created = events.find((e) => e.type === EmergencyPlanCreated.type && e.data.carerId === carerId)!;
    expect(created).toMatchObject({
      key: carerId,
      data: { contactCount: 2, providerId: 'carers-together', reviewDueOn: made.body.reviewDueOn },
    });
    expect(JSON.stringify(events)).not.toMatch(/Jo Neighbour|07700|Donepezil|Key safe/);
  });

  it('refuses a plan without two consenting contacts, a second plan, or a plan for an unknown carer', async () => {
    const officer = await bearer({ role: 'council-officer', tenant: WILTSHIRE });
    const carerId = await registerCarer();
    const bad = await request(service.url)
      .post(`/carers/${carerId}/emergency-plan`)
      .set(officer)
      .send({ contacts: [{ ...contacts[0], consentGiven: false }], needs: { routine: '' } })
      .expect(400);
    expect(bad.body.violations.map((v: { field: string }) => v.field).sort()).toEqual([
      'contacts',
      'contacts.0.consentGiven',
      'needs.routine',
    ]);
    const badPhone = await request(service.url)
      .post(`/carers/${carerId}/emergency-plan`)
      .set(officer)
      .send({ contacts: [contacts[0], { ...contacts[1], phone: '12345' }], needs })
      .expect(422);
    expect(badPhone.body.message).toMatch(/contacts\[1\]\.phone/);
    await request(service.url).post(`/carers/${carerId}/emergency-plan`).set(officer).send({ contacts, needs }).expect(201);
    await request(service.url).post(`/carers/${carerId}/emergency-plan`).set(officer).send({ contacts, needs }).expect(409);
    await request(service.url)
      .post('/carers/00000000-0000-4000-8000-000000000000/emergency-plan')
      .set(officer)
      .send({ contacts, needs })
      .expect(404);
    const otherCouncilCarer = await registerCarer('E06000019');
    await request(service.url).post(`/carers/${otherCouncilCarer}/emergency-plan`).set(officer).send({ contacts, needs }).expect(404);
  });

  it('reminds once when a plan is due its six-monthly check', async () => {
    const officer = await bearer({ role: 'council-officer', tenant: WILTSHIRE });
    const carerId = await registerCarer();
    await request(service.url).post(`/carers/${carerId}/emergency-plan`).set(officer).send({ contacts, needs }).expect(201);
    const uow = new UnitOfWork(service.app.get(DataSource));
    await uow.run(WILTSHIRE, (tx) => tx.query(`UPDATE emergency_plan SET review_due_on = current_date - 1 WHERE carer_id = $1`, [carerId]));
    const scheduler = service.app.get(EmergencyPlanReviewsJob);
    expect(await scheduler.runOnce()).toBeGreaterThanOrEqual(1);
    expect(await scheduler.runOnce()).toBe(0);
    await eventually(
      async () =>
        events.filter((e) => e.type === EmergencyPlanReviewDue.type && e.data.carerId === carerId).length === 1 ? true : undefined,
      15_000,
    );
  });

  describe('card numbers are bearer secrets (issue 21, finding 9)', () => {
    const officer = () => bearer({ role: 'council-officer', tenant: WILTSHIRE, subject: 'officer-9' });
    const responder = () => bearer({ role: 'emergency-responder', tenant: WILTSHIRE, subject: 'duty-team-9' });
    const uow = () => new UnitOfWork(service.app.get(DataSource));
    const makePlan = async () => {
      const carerId = await registerCarer();
      const made = await request(service.url)
        .post(`/carers/${carerId}/emergency-plan`)
        .set(await officer())
        .send({ contacts, needs })
        .expect(201);
      return { carerId, planId: made.body.id as string, cardNumber: made.body.cardNumber as string };
    };
    const lookUp = async (cardNumber: string) =>
      (
        await request(service.url)
          .post('/emergency-cards/look-up')
          .set(await responder())
          .send({ cardNumber })
      ).status;
    const activate = async (cardNumber: string) =>
      (
        await request(service.url)
          .post('/emergency-cards/activation')
          .set(await responder())
          .send({ cardNumber, reason: 'Carer fell at home' })
      ).status;

    it('takes a card number in no URL: no route has it in its path, and the old path routes answer 404', async () => {
      const { cardNumber } = await makePlan();
      const cardRoutes = listRoutes(service).filter((r) => r.path.startsWith('/emergency-cards'));
      expect(cardRoutes.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
        'post /emergency-cards/activation',
        'post /emergency-cards/look-up',
      ]);
      expect(listRoutes(service).filter((r) => /:\w*card/i.test(r.path))).toEqual([]);
      await request(service.url)
        .get(`/emergency-cards/${cardNumber}`)
        .set(await responder())
        .expect(404);
      await request(service.url)
        .post(`/emergency-cards/${cardNumber}/activations`)
        .set(await responder())
        .send({ reason: 'Carer fell at home' })
        .expect(404);
      const doc = await request(service.url).get('/docs/openapi.json').expect(200);
      expect(Object.keys(doc.body.paths).filter((path) => /cardNumber/i.test(path))).toEqual([]);
    });

    it('stores only a keyed hash of the number (HMAC-SHA-256 under CARD_NUMBER_KEY), never the number itself', async () => {
      const { planId, cardNumber } = await makePlan();
      expect(await lookUp(cardNumber)).toBe(200);
      expect(await lookUp('CERS-AAAA-BBBB-CCCC-DDDD')).toBe(404);
      const [card] = await uow().run(WILTSHIRE, (tx) => tx.query(`SELECT number_hash FROM emergency_card WHERE plan_id = $1`, [planId]));
      expect(card.number_hash).toBe(createHmac('sha256', CARD_NUMBER_KEY).update(cardNumber).digest('hex'));
      const everything = await uow().run(WILTSHIRE, async (tx) => {
        const tables = await tx.query(
          `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
        );
        const rows: unknown[] = [];
        for (const { tablename } of tables) rows.push(...(await tx.query(`SELECT to_jsonb(t) AS row FROM "${tablename}" t`)));
        return JSON.stringify(rows);
      });
      expect(everything).toContain(planId);
      expect(everything).not.toContain(cardNumber);
      expect(everything).not.toContain(cardNumber.replace(/-/g, ''));
    });

    it('refuses a revoked card as if unknown, and records every refused try (who, when, why; never the number)', async () => {
      const { carerId, planId, cardNumber } = await makePlan();
      await request(service.url)
        .post(`/carers/${carerId}/emergency-plan/card-revocation`)
        .set(await officer())
        .send({ reason: 'Card lost on the bus' })
        .expect(200);
      expect(await lookUp(cardNumber)).toBe(404);
      expect(await activate(cardNumber)).toBe(404);
      const again = await request(service.url)
        .post(`/carers/${carerId}/emergency-plan/card-revocation`)
        .set(await officer())
        .send({ reason: 'Card lost on the bus' })
        .expect(409);
      expect(again.body.code).toBe('illegal-state');

      const refusals = await uow().run(WILTSHIRE, (tx) =>
        tx.query(`SELECT to_jsonb(r) - 'id' - 'at' AS refusal FROM emergency_card_refusal r WHERE plan_id = $1 ORDER BY id`, [planId]),
      );
      expect(refusals.map((r: { refusal: unknown }) => r.refusal)).toEqual([
        {
          tenant_id: WILTSHIRE,
          action: 'lookup',
          by_subject: 'duty-team-9',
          by_role: 'emergency-responder',
          reason: 'revoked-card',
          plan_id: planId,
        },
        {
          tenant_id: WILTSHIRE,
          action: 'activation',
          by_subject: 'duty-team-9',
          by_role: 'emergency-responder',
          reason: 'revoked-card',
          plan_id: planId,
        },
      ]);
      const accesses = await uow().run(WILTSHIRE, (tx) => tx.query(`SELECT 1 FROM emergency_card_access WHERE plan_id = $1`, [planId]));
      expect(accesses).toEqual([]);
      const activations = events.filter((e) => e.type === EmergencyPlanActivated.type && e.data.carerId === carerId);
      expect(activations).toEqual([]);
    });

    it('records a try with a number no card has, without the number', async () => {
      const before = await uow().run(WILTSHIRE, (tx) =>
        tx.query(`SELECT count(*)::int AS n FROM emergency_card_refusal WHERE plan_id IS NULL`),
      );
      expect(await lookUp('CERS-ZZZZ-YYYY-XXXX-WWWW')).toBe(404);
      const after = await uow().run(WILTSHIRE, (tx) =>
        tx.query(`SELECT to_jsonb(r)::text AS row FROM emergency_card_refusal r WHERE plan_id IS NULL ORDER BY id`),
      );
      expect(after).toHaveLength(before[0].n + 1);
      expect(after.at(-1).row).toContain('"reason": "unknown-card"');
      expect(after.map((r: { row: string }) => r.row).join()).not.toMatch(/CERS|ZZZZ/);
    });

    it('reissues a card: the new number opens the plan, the old one nothing; only a council officer may', async () => {
      const { carerId, cardNumber } = await makePlan();
      const reissued = await request(service.url)
        .post(`/carers/${carerId}/emergency-plan/card-reissue`)
        .set(await officer())
        .send({ reason: 'Card seen by a visitor' })
        .expect(201);
      expect(reissued.body.cardNumber).toMatch(/^CERS(-[A-Z2-9]{4}){4}$/);
      expect(reissued.body.cardNumber).not.toBe(cardNumber);
      expect(await lookUp(reissued.body.cardNumber)).toBe(200);
      expect(await lookUp(cardNumber)).toBe(404);
      // a revoked plan gets a card again by reissue
      await request(service.url)
        .post(`/carers/${carerId}/emergency-plan/card-revocation`)
        .set(await officer())
        .send({ reason: 'lost' })
        .expect(200);
      const third = await request(service.url)
        .post(`/carers/${carerId}/emergency-plan/card-reissue`)
        .set(await officer())
        .send({ reason: 'replacement' })
        .expect(201);
      expect(await lookUp(third.body.cardNumber)).toBe(200);
      expect(await lookUp(reissued.body.cardNumber)).toBe(404);

      await request(service.url)
        .post(`/carers/${carerId}/emergency-plan/card-reissue`)
        .set(await responder())
        .send({ reason: 'x' })
        .expect(403);
      const withoutPlan = await registerCarer();
      await request(service.url)
        .post(`/carers/${withoutPlan}/emergency-plan/card-reissue`)
        .set(await officer())
        .send({ reason: 'x' })
        .expect(404);
      const noReason = await request(service.url)
        .post(`/carers/${carerId}/emergency-plan/card-revocation`)
        .set(await officer())
        .send({})
        .expect(400);
      expect(noReason.body.violations.map((v: { field: string }) => v.field)).toContain('reason');
    });
  });
});
