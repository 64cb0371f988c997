import { createHmac } from 'node:crypto';

/** The development key: public (it is in git), so it is used only when AUTH_MODE=dev asks for development by name. */
const DEV_KEY = 'carers-dev-only-card-number-key-not-for-real-cards';
const MIN_KEY_LENGTH = 32;

/**
 * What the register stores instead of an emergency card number (issue 21, finding 9): HMAC-SHA-256 under a key from
 * the environment, hex. A copy of the database alone gives no card that opens a plan, and the number cannot be
 * recovered from it; the key does not help guess one either (a number has ~78 random bits).
 */
export class CardNumberHasher {
  private constructor(private readonly key: Buffer) {}

  hash(cardNumber: string): string {
    return createHmac('sha256', this.key).update(cardNumber, 'utf8').digest('hex');
  }

  static withKey(key: string): CardNumberHasher {
    return new CardNumberHasher(Buffer.from(key, 'utf8'));
  }

  /**
   * The key is CARD_NUMBER_KEY, fail-closed as the token verifier is (issue 21, finding 3): without it the service
   * refuses to start, unless development is asked for by name (AUTH_MODE=dev, never with NODE_ENV=production), when a
   * fixed development key is used.
   */
  static fromEnvironment(env: NodeJS.ProcessEnv): CardNumberHasher {
    const key = env['CARD_NUMBER_KEY'];
    if (key) {
      if (key.length < MIN_KEY_LENGTH)
        throw new Error(`CARD_NUMBER_KEY must be at least ${MIN_KEY_LENGTH} characters: make one with "openssl rand -base64 32"`);
      return CardNumberHasher.withKey(key);
    }
    if (env['AUTH_MODE'] === 'dev' && env['NODE_ENV'] !== 'production') return CardNumberHasher.withKey(DEV_KEY);
    throw new Error(
      'CARD_NUMBER_KEY is not set: set it to a secret of at least 32 characters (openssl rand -base64 32); ' +
        'only development (AUTH_MODE=dev, outside production) runs without one',
    );
  }
}
