import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from '@carers/platform/persistence';

/**
 * What performance knows of the register: which provider supports each carer, GP consent, an emergency plan, and when they left.
 * Emergency plans travel on their own topic, so a plan can arrive before its carer: the row then waits, without a registration date.
 */
export class RegisterFacts1764000000320 implements MigrationInterface {
  name = 'RegisterFacts1764000000320';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE carer_fact (
        carer_id uuid PRIMARY KEY, tenant_id text NOT NULL, provider_id text, registered_on date, gp_consent boolean NOT NULL DEFAULT false,
        emergency_plan_on date, deregistered_on date
      )`);
    await q.query(`CREATE INDEX carer_fact_provider ON carer_fact (tenant_id, provider_id)`);
    await enableTenantRls(q, 'carer_fact');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE carer_fact`);
  }
}
