import { boardConfigFromEnv, councilName } from './board-config';
import { DevBoardToken, ForwardedToken } from './board-token';

describe('DevBoardToken', () => {
  it('signs in as a board member of the council, as the dashboard', async () => {
    const sign = jest.fn(async () => 'token-1');
    expect(await new DevBoardToken('E06000054', sign).token()).toBe('token-1');
    expect(sign).toHaveBeenCalledWith({ role: 'board-member', tenant: 'E06000054', subject: 'board-dashboard', expiresIn: '3600s' });
  });

  it('reuses the token, and renews it five minutes before it expires', async () => {
    let now = 0;
    let n = 0;
    const tokens = new DevBoardToken(
      'E06000054',
      async () => `token-${++n}`,
      () => now,
    );
    expect(await tokens.token()).toBe('token-1');
    now = 54 * 60_000;
    expect(await tokens.token()).toBe('token-1');
    now = 55 * 60_000;
    expect(await tokens.token()).toBe('token-2');
  });

  it('tries again after a failed signing', async () => {
    const sign = jest.fn().mockRejectedValueOnce(new Error('no key')).mockResolvedValue('token-2');
    const tokens = new DevBoardToken('E06000054', sign);
    await expect(tokens.token()).rejects.toThrow('no key');
    expect(await tokens.token()).toBe('token-2');
  });
});

describe('ForwardedToken', () => {
  it("takes the signed-in member's token from the OIDC sign-in proxy", async () => {
    expect(await new ForwardedToken().token({ 'x-forwarded-access-token': 'abc' })).toBe('abc');
    expect(await new ForwardedToken().token({})).toBeUndefined();
  });
});

describe('boardConfigFromEnv', () => {
  it('has local defaults, minting its own token only when the dev issuer is asked for by name', () => {
    expect(boardConfigFromEnv({ AUTH_MODE: 'dev' })).toEqual({
      port: 3000,
      council: 'E06000054',
      auth: 'dev-issuer',
      upstreams: {
        registration: 'http://127.0.0.1:3001',
        assessments: 'http://127.0.0.1:3002',
        performance: 'http://127.0.0.1:3003',
        escalation: 'http://127.0.0.1:3004',
      },
    });
  });

  it('reads the environment', () => {
    const c = boardConfigFromEnv({
      PORT: '3999',
      BOARD_COUNCIL: 'E06000019',
      PERFORMANCE_URL: 'http://performance:3000/',
      NODE_ENV: 'production',
    });
    expect(c).toMatchObject({ port: 3999, council: 'E06000019', auth: 'forwarded' });
    expect(c.upstreams.performance).toBe('http://performance:3000');
  });

  it('fails closed (issue 21, finding 3): anything but AUTH_MODE=dev outside production means forwarded sign-in, and dev-issuer is refused without it', () => {
    for (const env of [{}, { NODE_ENV: 'staging' }, { NODE_ENV: 'prod' }, { AUTH_MODE: 'dev', NODE_ENV: 'production' }])
      expect(boardConfigFromEnv(env).auth).toBe('forwarded');
    for (const env of [
      { BOARD_AUTH: 'dev-issuer' },
      { BOARD_AUTH: 'dev-issuer', NODE_ENV: 'staging' },
      { BOARD_AUTH: 'dev-issuer', AUTH_MODE: 'dev', NODE_ENV: 'production' },
    ])
      expect(() => boardConfigFromEnv(env)).toThrow(/AUTH_MODE=dev/);
  });

  it('refuses a council that is not a GSS code, a bad port or auth mode', () => {
    expect(() => boardConfigFromEnv({ BOARD_COUNCIL: 'Wiltshire' })).toThrow(/GSS code/);
    expect(() => boardConfigFromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => boardConfigFromEnv({ BOARD_AUTH: 'none' })).toThrow(/BOARD_AUTH/);
  });

  it('names the council', () => {
    expect(councilName('E06000054', {})).toBe('Wiltshire');
    expect(councilName('E06000019', {})).toBe('Herefordshire');
    expect(councilName('E08000001', {})).toBe('E08000001');
    expect(councilName('E08000001', { BOARD_COUNCIL_NAME: 'Bolton' })).toBe('Bolton');
  });
});
