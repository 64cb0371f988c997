import { MigrationInterface, QueryRunner } from 'typeorm';
import { CreateEscalation1764000000400 } from './1764000000400-create-escalation';

/**
 * Credits follow the month's closure and the contract is charged once (ADR 0016): a credit is accrued on a
 * provisional month, withheld when it is confirmed or reversed (with the reason) when it is cleared; a case carries
 * its figure's attribution. Credits accrued before were final under the old rules: they become withheld.
 */
export class CreditsFollowClosure1764000000430 implements MigrationInterface {
  name = 'CreditsFollowClosure1764000000430';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE service_credit DROP CONSTRAINT service_credit_status_check,
        ADD CONSTRAINT service_credit_status_check CHECK (status IN ('accrued', 'withheld', 'reversed', 'waived', 'adjusted')),
        ADD COLUMN withheld_on date, ADD COLUMN reversed_on date,
        ADD COLUMN reversal_reason text CHECK (reversal_reason IN ('relief', 'dispute-upheld', 'not-breached-when-closed')),
        ADD COLUMN reaches_cap boolean NOT NULL DEFAULT false`);
    await q.query(
      `ALTER TABLE performance_case ADD COLUMN attribution text NOT NULL DEFAULT 'member' CHECK (attribution IN ('member', 'consortium'))`,
    );
    for (const tenant of CreateEscalation1764000000400.seed.councils) {
      await q.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
      await q.query(`UPDATE service_credit SET status = 'withheld', withheld_on = accrued_on WHERE tenant_id = $1 AND status = 'accrued'`, [
        tenant,
      ]);
      await q.query(
        `UPDATE performance_case c SET attribution = 'consortium' WHERE c.tenant_id = $1
            AND EXISTS (SELECT 1 FROM kpi_month m WHERE m.tenant_id = c.tenant_id AND m.provider_id = c.provider_id AND m.kpi_id = c.kpi_id AND m.attribution = 'consortium')`,
        [tenant],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE performance_case DROP COLUMN attribution`);
    for (const tenant of CreateEscalation1764000000400.seed.councils) {
      await q.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
      await q.query(`DELETE FROM service_credit WHERE tenant_id = $1 AND status IN ('accrued', 'reversed')`, [tenant]);
      await q.query(`UPDATE service_credit SET status = 'accrued' WHERE tenant_id = $1 AND status = 'withheld'`, [tenant]);
    }
    await q.query(`
      ALTER TABLE service_credit DROP COLUMN withheld_on, DROP COLUMN reversed_on, DROP COLUMN reversal_reason, DROP COLUMN reaches_cap,
        DROP CONSTRAINT service_credit_status_check,
        ADD CONSTRAINT service_credit_status_check CHECK (status IN ('accrued', 'waived', 'adjusted'))`);
  }
}
