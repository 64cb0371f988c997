import { MigrationInterface, QueryRunner } from 'typeorm';
import { CreateEscalation1764000000400 } from './1764000000400-create-escalation';

/**
 * A withheld credit is settled for good (ADR 0018): released to the provider or retained from the payment, by an
 * officer with a reason or on its case closing. Credits withheld before stay withheld until then.
 */
export class CreditSettlement1764000000450 implements MigrationInterface {
  name = 'CreditSettlement1764000000450';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE service_credit DROP CONSTRAINT service_credit_status_check,
        ADD CONSTRAINT service_credit_status_check CHECK (status IN ('accrued', 'withheld', 'reversed', 'waived', 'adjusted', 'released', 'retained')),
        ADD COLUMN settled_on date, ADD COLUMN settled_by text, ADD COLUMN settlement_reason text`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const tenant of CreateEscalation1764000000400.seed.councils) {
      await q.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
      await q.query(`UPDATE service_credit SET status = 'withheld' WHERE tenant_id = $1 AND status IN ('released', 'retained')`, [tenant]);
    }
    await q.query(`
      ALTER TABLE service_credit DROP COLUMN settled_on, DROP COLUMN settled_by, DROP COLUMN settlement_reason,
        DROP CONSTRAINT service_credit_status_check,
        ADD CONSTRAINT service_credit_status_check CHECK (status IN ('accrued', 'withheld', 'reversed', 'waived', 'adjusted'))`);
  }
}
