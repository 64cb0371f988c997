import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { PLATFORM_MIGRATIONS } from '@carers/platform/messaging';
import { databaseUrls, migrate } from '@carers/platform/persistence';
import { bearer, cloneServiceDatabase, ServiceUnderTest, startServiceUnderTest } from '@carers/testing';
import { AppModule } from '../app.module';
import { WILTSHIRE } from '../cases/escalation.test-helpers';
import { SealedWebhookSecrets1764000000470 } from '../database/migrations/1764000000470-sealed-webhook-secrets';
import { ESCALATION } from '../service';

jest.setTimeout(90_000);

/** The service as it runs outside development: no allowance for local receivers (issue 21, finding 5). */
describe('webhook targets an officer may register', () => {
  let service: ServiceUnderTest;
  let officer: Record<string, string>;

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, ESCALATION, {
      CARERS_COUNCILS: WILTSHIRE,
      CARERS_TODAY: '2026-11-02',
      LADDER_SCAN_SECONDS: '3600',
      NOTIFY_SCAN_SECONDS: '3600',
      WEBHOOK_ALLOW_PRIVATE: 'false',
    });
    officer = await bearer({ role: 'council-officer', tenant: WILTSHIRE });
  }, 90_000);
  afterAll(() => service?.stop(), 30_000);

  const register = (target: string) => request(service.url).post('/notification-channels').set(officer).send({ kind: 'webhook', target });

  it('refuses metadata, private, loopback and plain-http webhooks with 400 naming target and the reason, and still takes public https ones', async () => {
    for (const [target, reason] of [
      ['https://169.254.169.254/latest/meta-data/iam/security-credentials/', /metadata/],
      ['http://10.0.0.1/', /https/],
      ['https://10.0.0.1/', /private/],
      ['https://localhost/board-alerts', /loopback/],
      ['https://127.0.0.1:8443/', /loopback/],
      ['https://metadata.google.internal/computeMetadata/v1/', /metadata/],
      ['http://board.example.gov.uk/alerts', /https/],
    ] as const) {
      const res = await register(target);
      expect({ target, status: res.status, code: res.body.code }).toEqual({ target, status: 400, code: 'invalid-request' });
      expect(res.body.violations).toEqual([{ field: 'target', reason: expect.stringMatching(reason) }]);
    }
    const kept = (await request(service.url).get('/notification-channels').set(officer).expect(200)).body;
    expect(kept.filter((c: { kind: string }) => c.kind === 'webhook')).toEqual([]);
    // a public address, and a name that does not resolve yet: it is checked again before each delivery
    await register('https://93.184.215.14/board-alerts').expect(201);
    await register('https://board.example.org/carers-alerts').expect(201);
  });
});

/** Issue 21, finding 12: channels added before secrets were encrypted keep working after the migration. */
describe('migration 470: webhook secrets sealed at rest', () => {
  const BEFORE = ESCALATION.migrations.slice(0, ESCALATION.migrations.indexOf(SealedWebhookSecrets1764000000470));
  let db: Awaited<ReturnType<typeof cloneServiceDatabase>>;
  let owner: Client;

  beforeAll(async () => {
    db = await cloneServiceDatabase({ ...ESCALATION, migrations: BEFORE });
    owner = new Client({ connectionString: db.env['ESCALATION_MIGRATIONS_DATABASE_URL'] });
    await owner.connect();
  }, 90_000);
  afterAll(async () => {
    await owner?.end();
    await db?.drop();
  }, 30_000);

  it('marks the plaintext secrets already stored as not yet sealed, leaving them as they were', async () => {
    const [webhook, email, secret] = [randomUUID(), randomUUID(), randomBytes(32).toString('base64url')];
    await owner.query('BEGIN');
    await owner.query(`SELECT set_config('app.tenant_id', $1, true)`, [WILTSHIRE]);
    await owner.query(
      `INSERT INTO notification_channel (id, tenant_id, kind, target, secret, created_by) VALUES
         ($1, $3, 'webhook', 'https://board.example.org/alerts', $4, 'officer'), ($2, $3, 'email', 'board@wiltshire.example', NULL, 'officer')`,
      [webhook, email, WILTSHIRE, secret],
    );
    await owner.query('COMMIT');

    await migrate(
      db.env['ESCALATION_MIGRATIONS_DATABASE_URL']!,
      [...PLATFORM_MIGRATIONS, ...ESCALATION.migrations],
      databaseUrls('escalation').appRole,
    );

    await owner.query('BEGIN');
    await owner.query(`SELECT set_config('app.tenant_id', $1, true)`, [WILTSHIRE]);
    const { rows } = await owner.query(`SELECT id, secret, secret_sealed FROM notification_channel ORDER BY kind DESC`);
    await owner.query('COMMIT');
    expect(rows).toEqual([
      { id: webhook, secret, secret_sealed: false },
      { id: email, secret: null, secret_sealed: false },
    ]);
    const { rows: columns } = await owner.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'notification_delivery' AND column_name = 'last_status'`,
    );
    expect(columns).toEqual([]);
  });
});
