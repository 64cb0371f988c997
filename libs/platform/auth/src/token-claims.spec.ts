import { principalFromClaims } from './token-claims';

describe('principalFromClaims', () => {
  const base = { sub: 'officer-1', roles: ['council-officer'], tenant: 'E06000054' };

  it('reads roles, the council and the provider', () => {
    expect(principalFromClaims({ ...base, roles: ['provider-worker'], providerId: 'p-1' })).toEqual({
      subject: 'officer-1',
      roles: ['provider-worker'],
      tenantId: 'E06000054',
      providerId: 'p-1',
    });
  });

  it('ignores roles the platform does not know and refuses a token left with none', () => {
    expect(principalFromClaims({ ...base, roles: ['council-officer', 'root'] }).roles).toEqual(['council-officer']);
    expect(() => principalFromClaims({ ...base, roles: ['root'] })).toThrow(/none of the roles/);
  });

  it('refuses a token without a council GSS code', () => {
    expect(() => principalFromClaims({ ...base, tenant: 'Wiltshire' })).toThrow(/GSS code/);
  });

  it('refuses a provider-worker token without a providerId', () => {
    expect(() => principalFromClaims({ ...base, roles: ['provider-worker'] })).toThrow(/providerId/);
  });

  it('refuses a blank or malformed provider id, whoever carries it, rather than read it as no provider (issue 21, finding 2)', () => {
    for (const providerId of ['', ' ', 'Downs Carers', '../all', 'a', 7, null, ['downs-carers-trust']])
      for (const roles of [['provider-worker'], ['council-officer'], ['board-member']])
        expect(() => principalFromClaims({ ...base, roles, providerId })).toThrow(/not a provider id/);
    expect(principalFromClaims({ ...base, roles: ['provider-worker'], providerId: 'downs-carers-trust' }).providerId).toBe(
      'downs-carers-trust',
    );
  });
});
