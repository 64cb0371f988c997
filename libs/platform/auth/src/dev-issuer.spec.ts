import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevIssuer } from './dev-issuer';
import { DevTokenVerifier } from './token-verifier';

describe('dev issuer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dev-issuer-'));

  it('signs tokens that its verifier accepts, with the same key across instances', async () => {
    const token = await DevIssuer.open(dir).sign({ role: 'provider-worker', tenant: 'E06000019', providerId: 'hfd-carers-hub' });
    const principal = await new DevTokenVerifier(DevIssuer.open(dir)).verify(token);
    expect(principal).toMatchObject({ roles: ['provider-worker'], tenantId: 'E06000019', providerId: 'hfd-carers-hub' });
  });

  it('refuses a token signed by another issuer key', async () => {
    const foreign = await DevIssuer.open(mkdtempSync(join(tmpdir(), 'other-'))).sign({ role: 'platform-admin', tenant: 'E06000019' });
    await expect(new DevTokenVerifier(DevIssuer.open(dir)).verify(foreign)).rejects.toThrow();
  });
});
