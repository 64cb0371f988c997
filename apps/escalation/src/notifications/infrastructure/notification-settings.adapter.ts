import { createHash } from 'node:crypto';
import { WebhookRules } from '../domain/webhook-target';

export const NOTIFICATION_SETTINGS = Symbol('NOTIFICATION_SETTINGS');

export interface NotificationSettings {
  webhooks: WebhookRules;
  /** AES-256-GCM key for webhook secrets at rest (NOTIFICATION_SECRET_KEY). */
  secretKey: Buffer;
  /** The key was derived for development (AUTH_MODE=dev, no NOTIFICATION_SECRET_KEY): it protects nothing. */
  developmentKey: boolean;
}

const DEVELOPMENT_KEY_LABEL = 'carers-platform development key for notification secrets: AUTH_MODE=dev only, never production';

/**
 * The notification settings, read once at start; a mistake stops the service instead of opening it (ADR 0021):
 *
 * - `NOTIFICATION_SECRET_KEY`: 32 random bytes in base64 (`openssl rand -base64 32`). Required, except that with
 *   `AUTH_MODE=dev` outside production a fixed development key is derived when it is unset.
 * - `WEBHOOK_ALLOW_PRIVATE=true`: webhooks may use plain http and go to loopback and private addresses, so tests
 *   and a local demo can run a receiver on the same machine. Refused without `AUTH_MODE=dev` and in production.
 */
export function notificationSettings(env: NodeJS.ProcessEnv): NotificationSettings {
  const production = env['NODE_ENV'] === 'production';
  const development = env['AUTH_MODE'] === 'dev' && !production;

  const allow = env['WEBHOOK_ALLOW_PRIVATE'];
  if (allow !== undefined && allow !== 'true' && allow !== 'false')
    throw new Error(`WEBHOOK_ALLOW_PRIVATE must be "true" or "false", not "${allow}"`);
  if (allow === 'true' && !development)
    throw new Error(
      'WEBHOOK_ALLOW_PRIVATE=true is for development and tests only: it needs AUTH_MODE=dev and is refused in production (NODE_ENV=production)',
    );

  const given = env['NOTIFICATION_SECRET_KEY'];
  let secretKey: Buffer;
  if (given) {
    secretKey = Buffer.from(given, 'base64');
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(given) || secretKey.length !== 32)
      throw new Error('NOTIFICATION_SECRET_KEY must be 32 random bytes in base64 (for example from `openssl rand -base64 32`)');
  } else if (development) {
    secretKey = createHash('sha256').update(DEVELOPMENT_KEY_LABEL).digest();
  } else {
    throw new Error(
      'NOTIFICATION_SECRET_KEY is not set: it encrypts webhook secrets at rest (32 random bytes in base64); only AUTH_MODE=dev outside production runs without it',
    );
  }
  return { webhooks: { allowLocal: allow === 'true' }, secretKey, developmentKey: !given };
}
