import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from '@carers/platform/persistence';

/**
 * A joint investigation agreed at the contract management meeting in place of an immediate remedial plan
 * (NHS Standard Contract GC9): its terms, the day its report is due, and its findings and outcome once concluded.
 */
export class JointInvestigations1764000000500 implements MigrationInterface {
  name = 'JointInvestigations1764000000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE joint_investigation (
        id uuid PRIMARY KEY, tenant_id text NOT NULL, case_id uuid NOT NULL REFERENCES performance_case (id),
        agreed_on date NOT NULL, agreed_by text NOT NULL, terms text NOT NULL, report_by date NOT NULL,
        concluded_on date, concluded_by text, findings text,
        outcome text CHECK (outcome IN ('remedial-plan', 'no-further-action'))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX one_open_investigation_per_case ON joint_investigation (tenant_id, case_id) WHERE concluded_on IS NULL`,
    );
    await enableTenantRls(q, 'joint_investigation');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE joint_investigation`);
  }
}
