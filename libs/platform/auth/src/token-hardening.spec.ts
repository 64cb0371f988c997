import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, JWK, KeyLike, SignJWT } from 'jose';
import { DevIssuer } from './dev-issuer';
import { AUDIENCE } from './token-claims';
import { DevTokenVerifier, OidcTokenVerifier } from './token-verifier';

/** Issue 21, finding 8 (OWASP ASVS 5.0 V9.1, V9.2; RFC 9068): what a bearer token must be, whoever signed it. */
describe('bearer tokens are checked to the letter (issue 21, finding 8)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dev-issuer-'));
  const issuer = DevIssuer.open(dir);
  const verifier = new DevTokenVerifier(issuer);
  const claims = { roles: ['council-officer'], tenant: 'E06000054', client_id: 'carers-dev' };
  const devKey = async () => {
    await issuer.publicJwk();
    const { privateJwk } = JSON.parse(readFileSync(join(dir, 'signing-key.json'), 'utf8')) as { privateJwk: JWK };
    return { key: await importJWK(privateJwk, 'ES256'), kid: privateJwk.kid };
  };
  const signed = async (build: (jwt: SignJWT) => SignJWT, payload: Record<string, unknown> = claims, typ = 'at+jwt') => {
    const { key, kid } = await devKey();
    const jwt = new SignJWT(payload).setProtectedHeader({ alg: 'ES256', kid, typ }).setIssuer(DevIssuer.ISSUER).setAudience(AUDIENCE);
    return build(jwt).sign(key);
  };

  it("accepts the dev issuer's own access tokens, and says when they expire", async () => {
    const principal = await verifier.verify(await issuer.sign({ role: 'council-officer', tenant: 'E06000054', expiresIn: '10m' }));
    expect(principal.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);
  });

  it('refuses a token without an expiry, an issue time or a subject', async () => {
    await expect(verifier.verify(await signed((t) => t.setSubject('s').setIssuedAt()))).rejects.toThrow(/"exp"/);
    await expect(verifier.verify(await signed((t) => t.setSubject('s').setExpirationTime('5m')))).rejects.toThrow(/"iat"/);
    await expect(verifier.verify(await signed((t) => t.setIssuedAt().setExpirationTime('5m')))).rejects.toThrow(/"sub"/);
  });

  it('refuses an algorithm outside the allow-list, even signed with the right key material', async () => {
    const secret = new TextEncoder().encode(JSON.stringify(await issuer.publicJwk()));
    const hmac = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
      .setIssuer(DevIssuer.ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('s')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(secret);
    await expect(verifier.verify(hmac)).rejects.toThrow(/alg/);
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${Buffer.from(
      JSON.stringify({ ...claims, iss: DevIssuer.ISSUER, aud: AUDIENCE, sub: 's', iat: 1, exp: 4e9 }),
    ).toString('base64url')}.`;
    await expect(verifier.verify(unsigned)).rejects.toThrow();
  });

  it('refuses an ID token, or a token naming no client, in place of an access token', async () => {
    const live = (t: SignJWT) => t.setSubject('s').setIssuedAt().setExpirationTime('5m');
    await expect(verifier.verify(await signed(live, { ...claims, azp: 'carers-staff', nonce: 'n-1' }, 'JWT'))).rejects.toThrow(/ID token/);
    await expect(verifier.verify(await signed(live, { ...claims, azp: 'carers-staff', typ: 'ID' }, 'JWT'))).rejects.toThrow(/ID token/);
    const anonymous = { roles: claims.roles, tenant: claims.tenant };
    await expect(verifier.verify(await signed(live, anonymous, 'JWT'))).rejects.toThrow(/not an access token/);
    await expect(verifier.verify(await signed(live, { ...claims, azp: 'carers-staff' }, 'JWT'))).resolves.toMatchObject({ subject: 's' });
  });
});

describe("the council's issuer is found safely (issue 21, finding 8)", () => {
  let server: Server;
  let base: string;
  let discoveries = 0;
  let document: (origin: string) => unknown = (origin) => ({ issuer: origin, jwks_uri: `${origin}/keys` });
  let keyPair: { privateKey: KeyLike; publicJwk: JWK };

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    keyPair = { privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' } };
    server = createServer((req, res) => {
      if (req.url === '/.well-known/openid-configuration') {
        discoveries++;
        if (req.headers['x-redirect']) return res.writeHead(302, { location: 'http://169.254.169.254/' }).end();
        return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(document(base)));
      }
      if (req.url === '/moved/.well-known/openid-configuration')
        return res.writeHead(302, { location: `${base}/.well-known/openid-configuration` }).end();
      if (req.url === '/keys')
        return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [keyPair.publicJwk] }));
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => {
    discoveries = 0;
    document = (origin) => ({ issuer: origin, jwks_uri: `${origin}/keys` });
  });

  const token = (iss = base) =>
    new SignJWT({ ...{ roles: ['board-member'], tenant: 'E06000019' }, client_id: 'board' })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1', typ: 'at+jwt' })
      .setIssuer(iss)
      .setAudience(AUDIENCE)
      .setSubject('member-1')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(keyPair.privateKey);

  it('looks the issuer up once however many first requests arrive together', async () => {
    const verifier = new OidcTokenVerifier(base);
    const tokens = await Promise.all(Array.from({ length: 5 }, () => token()));
    await expect(Promise.all(tokens.map((t) => verifier.verify(t)))).resolves.toHaveLength(5);
    expect(discoveries).toBe(1);
  });

  it('refuses a discovery document that names another issuer, and looks again on the next request', async () => {
    document = (origin) => ({ issuer: `${origin}/other`, jwks_uri: `${origin}/keys` });
    const verifier = new OidcTokenVerifier(base);
    await expect(verifier.verify(await token())).rejects.toThrow(/names another issuer/);
    document = (origin) => ({ issuer: origin, jwks_uri: `${origin}/keys` });
    await expect(verifier.verify(await token())).resolves.toMatchObject({ subject: 'member-1' });
    expect(discoveries).toBe(2);
  });

  it('follows no redirect from the issuer', async () => {
    const verifier = new OidcTokenVerifier(`${base}/moved`);
    await expect(verifier.verify(await token(`${base}/moved`))).rejects.toThrow();
    expect(discoveries).toBe(0);
  });

  it('refuses keys served over plain http from anywhere but this machine', async () => {
    document = (origin) => ({ issuer: origin, jwks_uri: 'http://keys.example.org/jwks' });
    await expect(new OidcTokenVerifier(base).verify(await token())).rejects.toThrow(/must be an https URL/);
  });

  it('refuses at start-up an issuer that is not https, and plain http even to this machine in production', () => {
    expect(() => new OidcTokenVerifier('http://login.example.gov.uk')).toThrow(/must be an https URL/);
    const was = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'production';
    try {
      expect(() => new OidcTokenVerifier(base)).toThrow(/must be an https URL/);
    } finally {
      process.env['NODE_ENV'] = was;
    }
  });

  it('refuses a token issued to a client the council does not list', async () => {
    await expect(new OidcTokenVerifier(base, AUDIENCE, ['carers-staff']).verify(await token())).rejects.toThrow(/OIDC_CLIENT_IDS/);
    await expect(new OidcTokenVerifier(base, AUDIENCE, ['board']).verify(await token())).resolves.toMatchObject({ subject: 'member-1' });
  });
});
