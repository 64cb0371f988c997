import request from 'supertest';
import { bearer, ServiceUnderTest, startServiceUnderTest } from '@carers/testing';
import { AppModule } from './app.module';
import { REGISTRATION } from './service';

const WILTSHIRE = 'E06000054';
const LOOK_UP = '/emergency-cards/look-up';
const UNKNOWN_CARD = { cardNumber: 'CERS-AAAA-BBBB-CCCC-DDDD' };

/** Issue 21, finding 7 (OWASP API4:2023): per-subject buckets, tighter on the routes that find people. */
describe('rate limits', () => {
  let service: ServiceUnderTest;

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, REGISTRATION, { RATE_LIMIT_PER_MINUTE: '6', RATE_LIMIT_SENSITIVE_PER_MINUTE: '3' });
  }, 90_000);
  afterAll(() => service?.stop(), 30_000);

  it('answers a subject past its card look-ups for the minute with 429 and Retry-After, and leaves a colleague unaffected', async () => {
    const responder = await bearer({ role: 'emergency-responder', tenant: WILTSHIRE, subject: 'responder-1' });
    for (let i = 0; i < 3; i++) await request(service.url).post(LOOK_UP).set(responder).send(UNKNOWN_CARD).expect(404);
    const refused = await request(service.url).post(LOOK_UP).set(responder).send(UNKNOWN_CARD).expect(429);
    expect(refused.body).toEqual({ code: 'rate-limited', message: expect.stringContaining('Retry-After') });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

    const colleague = await bearer({ role: 'emergency-responder', tenant: WILTSHIRE, subject: 'responder-2' });
    await request(service.url).post(LOOK_UP).set(colleague).send(UNKNOWN_CARD).expect(404);
  });

  it('keeps the general bucket for every other route, per subject, and never limits the probes', async () => {
    const officer = await bearer({ role: 'council-officer', tenant: WILTSHIRE, subject: 'officer-busy' });
    const path = '/carers/00000000-0000-4000-8000-000000000000';
    for (let i = 0; i < 6; i++) await request(service.url).get(path).set(officer).expect(404);
    await request(service.url).get(path).set(officer).expect(429);
    for (let i = 0; i < 12; i++) await request(service.url).get('/health/live').expect(200);
  });
});
