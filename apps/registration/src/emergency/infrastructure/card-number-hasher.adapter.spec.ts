import { createHmac } from 'node:crypto';
import { CardNumberHasher } from './card-number-hasher.adapter';

const NUMBER = 'CERS-7KQM-2XHD-PTW9-4JRB';
const KEY = 'a-secret-of-at-least-thirty-two-characters';

describe('CardNumberHasher (issue 21, finding 9)', () => {
  it('is HMAC-SHA-256 of the number under CARD_NUMBER_KEY, so the same number always finds its card', () => {
    const hasher = CardNumberHasher.fromEnvironment({ CARD_NUMBER_KEY: KEY, NODE_ENV: 'production' });
    expect(hasher.hash(NUMBER)).toBe(createHmac('sha256', KEY).update(NUMBER).digest('hex'));
    expect(hasher.hash(NUMBER)).not.toContain('7KQM');
    expect(CardNumberHasher.withKey(`${KEY}-other`).hash(NUMBER)).not.toBe(hasher.hash(NUMBER));
  });

  it('fails closed: no key, or a short one, refuses to start, saying what to set', () => {
    expect(() => CardNumberHasher.fromEnvironment({})).toThrow(/CARD_NUMBER_KEY is not set/);
    expect(() => CardNumberHasher.fromEnvironment({ NODE_ENV: 'production' })).toThrow(/CARD_NUMBER_KEY is not set/);
    expect(() => CardNumberHasher.fromEnvironment({ CARD_NUMBER_KEY: 'short' })).toThrow(/at least 32 characters/);
  });

  it('uses the development key only when development is asked for by name, and never in production', () => {
    expect(CardNumberHasher.fromEnvironment({ AUTH_MODE: 'dev' }).hash(NUMBER)).toMatch(/^[0-9a-f]{64}$/);
    expect(() => CardNumberHasher.fromEnvironment({ AUTH_MODE: 'dev', NODE_ENV: 'production' })).toThrow(/CARD_NUMBER_KEY is not set/);
    expect(CardNumberHasher.fromEnvironment({ AUTH_MODE: 'dev', CARD_NUMBER_KEY: KEY }).hash(NUMBER)).toBe(
      CardNumberHasher.withKey(KEY).hash(NUMBER),
    );
  });
});
