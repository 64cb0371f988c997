import { randomUUID } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, JWK, SignJWT } from 'jose';
import { AUDIENCE } from './token-claims';
import { Role } from './roles';

export interface DevTokenRequest {
  role: Role | Role[];
  tenant: string;
  providerId?: string;
  subject?: string;
  expiresIn?: string;
}

/**
 * The local issuer for development and tests: one ES256 key pair kept in `.dev-issuer/` (git-ignored),
 * made on first use. Never used when NODE_ENV=production.
 */
export class DevIssuer {
  static readonly ISSUER = 'urn:carers:dev-issuer';
  static readonly CLIENT_ID = 'carers-dev';
  private keys?: Promise<{ privateJwk: JWK; publicJwk: JWK }>;

  private constructor(private readonly dir: string) {}

  static open(dir = process.env['CARERS_DEV_ISSUER_DIR'] ?? resolve(process.cwd(), '.dev-issuer')): DevIssuer {
    return new DevIssuer(dir);
  }

  async publicJwk(): Promise<JWK> {
    return (await this.load()).publicJwk;
  }

  async sign(request: DevTokenRequest): Promise<string> {
    const { privateJwk } = await this.load();
    const roles = Array.isArray(request.role) ? request.role : [request.role];
    const claims = { roles, tenant: request.tenant, client_id: DevIssuer.CLIENT_ID };
    return new SignJWT({ ...claims, ...(request.providerId !== undefined ? { providerId: request.providerId } : {}) })
      .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid, typ: 'at+jwt' })
      .setIssuer(DevIssuer.ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(request.subject ?? `dev-${roles[0]}`)
      .setIssuedAt()
      .setExpirationTime(request.expiresIn ?? '8h')
      .sign(await importJWK(privateJwk, 'ES256'));
  }

  private load() {
    this.keys ??= this.loadOrCreate();
    return this.keys;
  }

  private async loadOrCreate(): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
    const file = join(this.dir, 'signing-key.json');
    if (!existsSync(file)) {
      const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
      const kid = randomUUID();
      const pair = {
        privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' },
        publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256' },
      };
      mkdirSync(this.dir, { recursive: true });
      const temp = `${file}.${process.pid}.${randomUUID()}`;
      writeFileSync(temp, JSON.stringify(pair), { mode: 0o600 });
      try {
        linkSync(temp, file); // atomic: if another process won the race, we read its key below
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      } finally {
        unlinkSync(temp);
      }
    }
    return JSON.parse(readFileSync(file, 'utf8'));
  }
}
