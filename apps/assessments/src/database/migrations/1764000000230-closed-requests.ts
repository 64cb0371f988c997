import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 19: a request is closed, with the reason, when its carer leaves the register or is merged into another record. */
export class ClosedRequests1764000000230 implements MigrationInterface {
  name = 'ClosedRequests1764000000230';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assessment ADD COLUMN closed_on date, ADD COLUMN close_reason text`);
    await q.query(`DROP INDEX assessment_waiting`);
    await q.query(
      `CREATE INDEX assessment_waiting ON assessment (tenant_id, requested_on)
        WHERE commenced_on IS NULL AND refused_on IS NULL AND completed_on IS NULL AND closed_on IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX assessment_waiting`);
    await q.query(
      `CREATE INDEX assessment_waiting ON assessment (tenant_id, requested_on) WHERE commenced_on IS NULL AND refused_on IS NULL AND completed_on IS NULL`,
    );
    await q.query(`ALTER TABLE assessment DROP COLUMN close_reason, DROP COLUMN closed_on`);
  }
}
