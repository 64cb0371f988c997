import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from '@carers/platform/persistence';

/** Month close (provisional, disputes, relief, confirmed) and providers' monthly returns. */
export class MonthClose1764000000310 implements MigrationInterface {
  name = 'MonthClose1764000000310';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE period_close (
        tenant_id text NOT NULL, period text NOT NULL, status text NOT NULL CHECK (status IN ('provisional', 'confirmed')),
        provisional_on date NOT NULL, dispute_until date NOT NULL, confirmed_on date, confirmed_by text, PRIMARY KEY (tenant_id, period)
      )`);
    await q.query(`
      CREATE TABLE closed_value (
        tenant_id text NOT NULL, period text NOT NULL, kpi_id text NOT NULL, provider_id text NOT NULL, attribution text NOT NULL, definition_version int NOT NULL,
        value numeric, numerator int, denominator int, status text NOT NULL, breached boolean NOT NULL, PRIMARY KEY (tenant_id, period, kpi_id, provider_id)
      )`);
    await q.query(`
      CREATE TABLE dispute (
        id uuid PRIMARY KEY, tenant_id text NOT NULL, period text NOT NULL, kpi_id text NOT NULL, provider_id text NOT NULL, reason text NOT NULL,
        raised_by text NOT NULL, raised_at timestamptz NOT NULL DEFAULT now(), outcome text CHECK (outcome IN ('upheld', 'rejected')), outcome_reason text, decided_by text
      )`);
    await q.query(`
      CREATE TABLE relief (
        id uuid PRIMARY KEY, tenant_id text NOT NULL, period text NOT NULL, provider_id text, kpi_id text, reason text NOT NULL,
        recorded_by text NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE monthly_return (
        tenant_id text NOT NULL, provider_id text NOT NULL, period text NOT NULL, measure text NOT NULL, value numeric NOT NULL, responses int NOT NULL,
        received_on date NOT NULL, late boolean NOT NULL, PRIMARY KEY (tenant_id, provider_id, period, measure)
      )`);
    await q.query(
      `CREATE TABLE close_policy (tenant_id text PRIMARY KEY, dispute_days int NOT NULL CHECK (dispute_days BETWEEN 0 AND 60), return_due_day int NOT NULL CHECK (return_due_day BETWEEN 1 AND 28))`,
    );
    for (const t of ['period_close', 'closed_value', 'dispute', 'relief', 'monthly_return', 'close_policy']) await enableTenantRls(q, t);
    for (const tenant of ['E06000019', 'E06000054']) {
      await q.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
      await q.query(`INSERT INTO close_policy VALUES ($1, 10, 10)`, [tenant]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE close_policy, monthly_return, relief, dispute, closed_value, period_close`);
  }
}
