import { createHmac, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { PLATFORM_MIGRATIONS } from '@carers/platform/messaging';
import { databaseUrls, migrate } from '@carers/platform/persistence';
import { useEnvironment } from '@carers/platform/service';
import { cloneServiceDatabase } from '@carers/testing';
import { REGISTRATION } from '../service';
import { EmergencyCardsByKeyedHash1764000000140 } from '../database/migrations/1764000000140-emergency-cards-by-keyed-hash';

const KEY = 'card-number-migration-int-spec-key-0123456789';
const BEFORE = REGISTRATION.migrations.slice(0, REGISTRATION.migrations.indexOf(EmergencyCardsByKeyedHash1764000000140));

/** Issue 21, finding 9: the cards issued before the register kept only keyed hashes are converted, not lost. */
describe('migration 140: emergency card numbers become keyed hashes', () => {
  let db: Awaited<ReturnType<typeof cloneServiceDatabase>>;
  let owner: Client;
  const plans = [
    { tenant: 'E06000054', carerId: randomUUID(), planId: randomUUID(), cardNumber: 'CERS-7KQM-2XHD-PTW9-4JRB' },
    { tenant: 'E06000019', carerId: randomUUID(), planId: randomUUID(), cardNumber: 'CERS-AAAA-BBBB-CCCC-DDDD' },
  ];
  const ownerUrl = () => db.env[`REGISTRATION_MIGRATIONS_DATABASE_URL`]!;

  beforeAll(async () => {
    db = await cloneServiceDatabase({ ...REGISTRATION, migrations: BEFORE });
    owner = new Client({ connectionString: ownerUrl() });
    await owner.connect();
    for (const p of plans) {
      await owner.query('BEGIN');
      await owner.query(`SELECT set_config('app.tenant_id', $1, true)`, [p.tenant]);
      await owner.query(
        `INSERT INTO carer (id, tenant_id, kind, given_name, family_name, date_of_birth, postcode, registered_on, version)
         VALUES ($1, $2, 'adult', 'Mig', 'Ration', '1950-01-01', 'SN10 1AA', '2025-01-01', 1)`,
        [p.carerId, p.tenant],
      );
      await owner.query(
        `INSERT INTO emergency_plan (id, tenant_id, carer_id, card_number, contacts, needs, contingency_hours, created_on, review_due_on, version)
         VALUES ($1, $2, $3, $4, '[]', '{}', 72, '2025-02-03', '2025-08-03', 1)`,
        [p.planId, p.tenant, p.carerId, p.cardNumber],
      );
      await owner.query('COMMIT');
    }
  }, 90_000);
  afterAll(async () => {
    useEnvironment(process.env);
    await owner?.end();
    await db?.drop();
  }, 30_000);

  const runMigrations = (env: NodeJS.ProcessEnv) => {
    useEnvironment(env);
    return migrate(ownerUrl(), [...PLATFORM_MIGRATIONS, ...REGISTRATION.migrations], databaseUrls('registration').appRole).finally(() =>
      useEnvironment(process.env),
    );
  };

  it('refuses to convert cards without CARD_NUMBER_KEY (outside AUTH_MODE=dev), and changes nothing', async () => {
    await expect(runMigrations({ ...process.env, CARD_NUMBER_KEY: undefined, AUTH_MODE: undefined })).rejects.toThrow(/CARD_NUMBER_KEY/);
    const { rows } = await owner.query(`SELECT count(*)::int AS n FROM information_schema.columns WHERE column_name = 'card_number'`);
    expect(rows[0].n).toBe(1);
  });

  it('keeps every council issued card as its HMAC under the key, in use, and drops the numbers', async () => {
    await runMigrations({ ...process.env, CARD_NUMBER_KEY: KEY, AUTH_MODE: undefined });
    const columns = await owner.query(`SELECT count(*)::int AS n FROM information_schema.columns WHERE column_name = 'card_number'`);
    expect(columns.rows[0].n).toBe(0);
    for (const p of plans) {
      await owner.query('BEGIN');
      await owner.query(`SELECT set_config('app.tenant_id', $1, true)`, [p.tenant]);
      const { rows } = await owner.query(
        `SELECT tenant_id, number_hash, revoked_at, issued_at::date::text AS issued_on FROM emergency_card WHERE plan_id = $1`,
        [p.planId],
      );
      await owner.query('COMMIT');
      expect(rows).toEqual([
        {
          tenant_id: p.tenant,
          number_hash: createHmac('sha256', KEY).update(p.cardNumber).digest('hex'),
          revoked_at: null,
          issued_on: '2025-02-03',
        },
      ]);
    }
  });
});
