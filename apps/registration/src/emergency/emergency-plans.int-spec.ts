import request from 'supertest';
import { DataSource } from 'typeorm';
import { EmergencyPlanActivated, EmergencyPlanCreated, EmergencyPlanReviewDue, Topics } from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { bearer, eventually, ServiceUnderTest, startServiceUnderTest } from '@carers/testing';
import { AppModule } from '../app.module';
import { REGISTRATION } from '../service';
import { EmergencyPlanReviewsJob } from './application/emergency-plan-reviews.job';

const WILTSHIRE = 'E06000054';
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
    service = await startServiceUnderTest(AppModule, REGISTRATION);
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
    const seen = await request(service.url).get(`/emergency-cards/${made.body.cardNumber}`).set(responder).expect(200);
    expect(Object.keys(seen.body).sort()).toEqual(['cardNumber', 'contacts', 'contingencyHours', 'needs']);
    expect(seen.body.needs).toEqual(needs);
    expect(JSON.stringify(seen.body)).not.toMatch(/Pat|Example|1958|SN10/);

    // another council's responder, an unknown card and the wrong role
    await request(service.url)
      .get(`/emergency-cards/${made.body.cardNumber}`)
      .set(await bearer({ role: 'emergency-responder', tenant: 'E06000019' }))
      .expect(404);
    await request(service.url).get('/emergency-cards/CERS-AAAA-BBBB-CCCC-DDDD').set(responder).expect(404);
    await request(service.url)
      .get(`/emergency-cards/${made.body.cardNumber}`)
      .set(await bearer({ role: 'board-member', tenant: WILTSHIRE }))
      .expect(403);
    await request(service.url).get('/emergency-cards/not-a-card').set(responder).expect(400);

    const activated = await request(service.url)
      .post(`/emergency-cards/${made.body.cardNumber}/activations`)
      .set(responder)
      .send({ reason: 'Carer admitted to hospital' })
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
});
