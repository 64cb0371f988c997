import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One remedial plan for several failing KPIs of one contract (issue 18): each case keeps its own plan row, so its
 * ladder runs as before, and the rows of one shared plan carry the same id, so a decision or a completed action
 * on one is made on them all.
 */
export class SharedRemedialPlans1764000000490 implements MigrationInterface {
  name = 'SharedRemedialPlans1764000000490';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE remedial_plan ADD COLUMN shared_plan_id uuid`);
    await q.query(`CREATE INDEX remedial_plan_shared ON remedial_plan (tenant_id, shared_plan_id) WHERE shared_plan_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE remedial_plan DROP COLUMN shared_plan_id`);
  }
}
