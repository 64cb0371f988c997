import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from '@carers/platform/persistence';

/**
 * Each council's own closure days, copied from assessments' announcements (ADR 0017): with the England and Wales
 * bank holidays from the calendar library, the days every deadline and pause skips.
 */
export class CouncilClosureDays1764000000440 implements MigrationInterface {
  name = 'CouncilClosureDays1764000000440';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE closure_day (tenant_id text NOT NULL, day date NOT NULL, description text NOT NULL, PRIMARY KEY (tenant_id, day))`,
    );
    await enableTenantRls(q, 'closure_day');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE closure_day`);
  }
}
