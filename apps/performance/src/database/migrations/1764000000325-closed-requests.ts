import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19: a request assessments closed because its carer left the register or was merged leaves the waiting list.
 * Ordered before the tallies migration (330), which reads every fact through the repository; TypeORM runs it on a
 * database migrated past 330 too, as it runs every migration not yet recorded.
 */
export class ClosedRequests1764000000325 implements MigrationInterface {
  name = 'ClosedRequests1764000000325';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assessment_fact ADD COLUMN closed_on date`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assessment_fact DROP COLUMN closed_on`);
  }
}
