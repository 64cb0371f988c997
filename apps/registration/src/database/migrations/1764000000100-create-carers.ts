import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from '@carers/platform/persistence';

export class CreateCarers1764000000100 implements MigrationInterface {
  name = 'CreateCarers1764000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE carer (
        id uuid PRIMARY KEY,
        tenant_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('adult', 'young', 'parent')),
        given_name text NOT NULL,
        family_name text NOT NULL,
        date_of_birth date NOT NULL,
        postcode text NOT NULL,
        provider_id text,
        registered_on date NOT NULL,
        version int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX carer_tenant ON carer (tenant_id, registered_on)`);
    await enableTenantRls(q, 'carer');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE carer`);
  }
}
