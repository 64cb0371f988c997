import { randomBytes } from 'node:crypto';
import { notificationSettings } from './notification-settings.adapter';

describe('notification settings fail closed (issue 21, findings 5 and 12)', () => {
  const key = randomBytes(32);

  it('takes the key from NOTIFICATION_SECRET_KEY, in standard or URL-safe base64', () => {
    for (const given of [key.toString('base64'), key.toString('base64url')])
      expect(notificationSettings({ NODE_ENV: 'production', NOTIFICATION_SECRET_KEY: given })).toEqual({
        webhooks: { allowLocal: false },
        secretKey: key,
        developmentKey: false,
      });
  });

  it('refuses to start without the key, or with one that is not 32 bytes, unless AUTH_MODE=dev outside production', () => {
    for (const env of [{}, { NODE_ENV: 'production' }, { NODE_ENV: 'staging' }, { AUTH_MODE: 'dev', NODE_ENV: 'production' }])
      expect(() => notificationSettings(env)).toThrow(/NOTIFICATION_SECRET_KEY is not set/);
    for (const given of [randomBytes(16).toString('base64'), randomBytes(33).toString('base64'), 'not base64 at all!'])
      expect(() => notificationSettings({ AUTH_MODE: 'dev', NOTIFICATION_SECRET_KEY: given })).toThrow(/32 random bytes/);
    const dev = notificationSettings({ AUTH_MODE: 'dev' });
    expect(dev).toMatchObject({ developmentKey: true, webhooks: { allowLocal: false } });
    expect(dev.secretKey).toHaveLength(32);
  });

  it('honours WEBHOOK_ALLOW_PRIVATE=true only with AUTH_MODE=dev outside production', () => {
    expect(notificationSettings({ AUTH_MODE: 'dev', WEBHOOK_ALLOW_PRIVATE: 'true' }).webhooks).toEqual({ allowLocal: true });
    expect(notificationSettings({ AUTH_MODE: 'dev', WEBHOOK_ALLOW_PRIVATE: 'false' }).webhooks).toEqual({ allowLocal: false });
    const withKey = { NOTIFICATION_SECRET_KEY: key.toString('base64') };
    for (const env of [
      { ...withKey, WEBHOOK_ALLOW_PRIVATE: 'true' },
      { ...withKey, WEBHOOK_ALLOW_PRIVATE: 'true', NODE_ENV: 'production' },
      { ...withKey, WEBHOOK_ALLOW_PRIVATE: 'true', NODE_ENV: 'production', AUTH_MODE: 'dev' },
    ])
      expect(() => notificationSettings(env)).toThrow(/WEBHOOK_ALLOW_PRIVATE=true is for development and tests only/);
    expect(() => notificationSettings({ AUTH_MODE: 'dev', WEBHOOK_ALLOW_PRIVATE: 'yes' })).toThrow(/must be "true" or "false"/);
  });
});
