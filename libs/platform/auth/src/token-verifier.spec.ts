import { DevTokenVerifier, OidcTokenVerifier, tokenVerifierFromEnv } from './token-verifier';

describe('which tokens a service trusts (issue 21, finding 3)', () => {
  it('trusts the dev issuer only when asked for by name, outside production', () => {
    expect(tokenVerifierFromEnv({ AUTH_MODE: 'dev' })).toBeInstanceOf(DevTokenVerifier);
    expect(tokenVerifierFromEnv({ AUTH_MODE: 'dev', NODE_ENV: 'development' })).toBeInstanceOf(DevTokenVerifier);
  });

  it("refuses to start with no issuer, whatever NODE_ENV says, rather than trust anyone's dev token", () => {
    for (const env of [{}, { NODE_ENV: 'staging' }, { NODE_ENV: 'Production' }, { NODE_ENV: 'production' }])
      expect(() => tokenVerifierFromEnv(env)).toThrow(/set OIDC_ISSUER/);
  });

  it('refuses the dev issuer in production, beside an issuer, or under another name', () => {
    expect(() => tokenVerifierFromEnv({ AUTH_MODE: 'dev', NODE_ENV: 'production' })).toThrow(/refused in production/);
    expect(() => tokenVerifierFromEnv({ AUTH_MODE: 'dev', OIDC_ISSUER: 'https://login.example.gov.uk' })).toThrow(/both set/);
    expect(() => tokenVerifierFromEnv({ AUTH_MODE: 'development' })).toThrow(/AUTH_MODE must be "dev"/);
  });

  it("trusts the council's issuer when it is set", () => {
    expect(tokenVerifierFromEnv({ OIDC_ISSUER: 'https://login.example.gov.uk', NODE_ENV: 'production' })).toBeInstanceOf(OidcTokenVerifier);
  });
});
