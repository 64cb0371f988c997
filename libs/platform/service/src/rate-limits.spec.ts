import { rateLimitsFromEnv } from './rate-limits';

describe('rate limit settings (issue 21, finding 7)', () => {
  it('defaults to 600 requests a minute per subject, 30 on the routes that find people', () => {
    expect(rateLimitsFromEnv({})).toEqual({ perMinute: 600, sensitivePerMinute: 30 });
    expect(rateLimitsFromEnv({ RATE_LIMIT_PER_MINUTE: '1200', RATE_LIMIT_SENSITIVE_PER_MINUTE: '10' })).toEqual({
      perMinute: 1200,
      sensitivePerMinute: 10,
    });
  });

  it('refuses a limit that is not a whole number of at least one, rather than run unlimited or stop everyone', () => {
    for (const value of ['abc', '0', '-5', '1.5', '1e3'])
      expect(() => rateLimitsFromEnv({ RATE_LIMIT_PER_MINUTE: value })).toThrow(/RATE_LIMIT_PER_MINUTE must be a whole number/);
  });
});
