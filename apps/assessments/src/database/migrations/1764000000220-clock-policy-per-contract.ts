import { MigrationInterface, QueryRunner } from 'typeorm';

/** A council may set a timescale for one provider's contract; the council-wide row ('' provider) is the default. */
export class ClockPolicyPerContract1764000000220 implements MigrationInterface {
  name = 'ClockPolicyPerContract1764000000220';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE clock_policy ADD COLUMN provider_id text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE clock_policy DROP CONSTRAINT clock_policy_pkey, ADD PRIMARY KEY (tenant_id, provider_id, kind)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM clock_policy WHERE provider_id <> ''`);
    await q.query(`ALTER TABLE clock_policy DROP CONSTRAINT clock_policy_pkey, ADD PRIMARY KEY (tenant_id, kind), DROP COLUMN provider_id`);
  }
}
