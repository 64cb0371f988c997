import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from '@carers/platform/persistence';

/** What assessments knows of carers on the register: ids, kind and age band from registration's events. */
export class CreateKnownCarers1764000000200 implements MigrationInterface {
  name = 'CreateKnownCarers1764000000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE known_carer (
        carer_id uuid PRIMARY KEY,
        tenant_id text NOT NULL,
        kind text NOT NULL,
        age_band text NOT NULL,
        provider_id text,
        registered_on date NOT NULL,
        source_event_id uuid NOT NULL,
        seen_at timestamptz NOT NULL DEFAULT now()
      )`);
    await enableTenantRls(q, 'known_carer');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE known_carer`);
  }
}
