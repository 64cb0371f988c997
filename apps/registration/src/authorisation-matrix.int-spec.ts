import request from 'supertest';
import { bearer, describeAuthorisationMatrix, ServiceUnderTest } from '@carers/testing';
import { AppModule } from './app.module';
import { ACTORS, MATRIX } from './authorisation-matrix';
import { REGISTRATION } from './service';

let unique = 0;
const officer = () => bearer({ role: 'council-officer', tenant: 'E06000054' });

const fixtureCarer = () => ({
  kind: 'adult',
  givenName: `Fixture${++unique}`,
  familyName: `Carer${unique}`,
  dateOfBirth: `${1930 + (unique % 70)}-0${1 + (unique % 9)}-1${unique % 10}`,
  postcode: 'SN10 1AA',
  providerId: 'downs-carers-trust',
});

async function newCarer(service: ServiceUnderTest, body = fixtureCarer()): Promise<string> {
  const res = await request(service.url)
    .post('/carers')
    .set(await officer())
    .send(body);
  return res.body.id;
}

/** Another provider's worker registers a carer the register already has: a referral for an officer (issue 21, finding 4). */
async function newReferral(service: ServiceUnderTest): Promise<string> {
  const body = fixtureCarer();
  const carerId = await newCarer(service, body);
  await request(service.url)
    .post('/carers')
    .set(await bearer(ACTORS['another provider']))
    .send(body)
    .expect(202);
  const open = (
    await request(service.url)
      .get('/registration-referrals')
      .set(await officer())
  ).body.referrals;
  return open.find((r: { carerId: string }) => r.carerId === carerId).id;
}

describeAuthorisationMatrix({
  appModule: AppModule,
  definition: REGISTRATION,
  actors: ACTORS,
  routes: MATRIX,
  fixtures: async (service) => {
    const carerId = await newCarer(service);
    const plan = await request(service.url)
      .post(`/carers/${carerId}/emergency-plan`)
      .set(await officer())
      .send(MATRIX.find((r) => r.path.endsWith('emergency-plan'))!.body);
    const importId = (
      await request(service.url)
        .post('/imports')
        .set(await officer())
        .send({ source: 'matrix' })
    ).body.id;
    return { carerId, cardNumber: plan.body.cardNumber, importId };
  },
  fresh: async (service, names) => {
    const as = await officer();
    const values: Record<string, string> = {};
    if (names.includes('freshCarerId')) values['freshCarerId'] = await newCarer(service);
    if (names.includes('freshPlanCarerId')) {
      values['freshPlanCarerId'] = await newCarer(service);
      await request(service.url)
        .post(`/carers/${values['freshPlanCarerId']}/emergency-plan`)
        .set(as)
        .send(MATRIX.find((r) => r.path.endsWith('emergency-plan'))!.body)
        .expect(201);
    }
    if (names.includes('freshRelationshipId')) {
      values['freshRelationshipId'] = (
        await request(service.url)
          .post(`/carers/${values['freshCarerId']}/relationships`)
          .set(as)
          .send({ relationship: 'spouse-or-partner', person: { givenName: 'Pat', familyName: 'Partner' } })
      ).body.id;
    }
    if (names.includes('freshConsentId')) {
      values['freshConsentId'] = (
        await request(service.url)
          .post(`/carers/${values['freshCarerId']}/consents`)
          .set(as)
          .send({ purpose: 'research', lawfulBasis: 'consent' })
      ).body.id;
    }
    if (names.includes('freshReferralId')) values['freshReferralId'] = await newReferral(service);
    if (names.includes('freshImportId'))
      values['freshImportId'] = (await request(service.url).post('/imports').set(as).send({ source: 'matrix' })).body.id;
    if (names.includes('freshReviewId')) {
      const first = { kind: 'adult', givenName: `Twin${++unique}`, familyName: 'Alpha', dateOfBirth: '1970-07-07', postcode: 'SN10 1AA' };
      await request(service.url).post('/carers').set(as).send(first);
      values['freshReviewId'] = (
        await request(service.url)
          .post('/carers')
          .set(as)
          .send({ ...first, familyName: 'Beta' })
      ).body.possibleDuplicates[0].reviewId;
    }
    return values;
  },
});
