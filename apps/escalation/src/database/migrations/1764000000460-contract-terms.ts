import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from '@carers/platform/persistence';
import { CreateEscalation1764000000400 } from './1764000000400-create-escalation';

/**
 * Credits as a share of the contract (ADR 0018): the contracts' terms as performance announces them, and each
 * credit's basis. Every council whose default ladder is still the one the platform seeded gets a new version of it
 * that prices credits on the contract's schedule; a ladder a council set itself keeps its fixed sums.
 */
export class ContractTerms1764000000460 implements MigrationInterface {
  name = 'ContractTerms1764000000460';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contract_terms (
        tenant_id text NOT NULL, contract_id text NOT NULL, consortium_id text NOT NULL, consortium_organisation text NOT NULL, annual_value_pence bigint NOT NULL,
        starts_on date NOT NULL, ends_on date NOT NULL, per_breached_month_percent numeric NOT NULL, cap_per_kpi_percent numeric NOT NULL,
        cap_total_percent numeric NOT NULL, recorded_at timestamptz NOT NULL, PRIMARY KEY (tenant_id, contract_id)
      )`);
    await enableTenantRls(q, 'contract_terms');
    await q.query(
      `ALTER TABLE service_credit ADD COLUMN basis text NOT NULL DEFAULT 'fixed' CHECK (basis IN ('fixed', 'contract-schedule'))`,
    );
    for (const tenant of CreateEscalation1764000000400.seed.councils) {
      await q.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
      await q.query(
        `INSERT INTO escalation_policy (tenant_id, provider_id, version, settings, set_by)
         SELECT tenant_id, '*', version + 1, settings || '{"creditBasis": "contract-schedule"}'::jsonb, 'default policy'
           FROM (SELECT * FROM escalation_policy WHERE tenant_id = $1 AND provider_id = '*' ORDER BY version DESC LIMIT 1) latest
          WHERE set_by = 'default policy' AND settings->>'creditBasis' IS NULL`,
        [tenant],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const tenant of CreateEscalation1764000000400.seed.councils) {
      await q.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
      await q.query(
        `DELETE FROM escalation_policy WHERE tenant_id = $1 AND provider_id = '*' AND set_by = 'default policy' AND settings->>'creditBasis' = 'contract-schedule'`,
        [tenant],
      );
    }
    await q.query(`ALTER TABLE service_credit DROP COLUMN basis`);
    await q.query(`DROP TABLE contract_terms`);
  }
}
