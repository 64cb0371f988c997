import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 18: the provider registry's copy keeps each provider's organisation name, for alerts a person reads. */
export class ProviderOrganisations1766000000100 implements MigrationInterface {
  name = 'ProviderOrganisations1766000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE trusted_provider ADD COLUMN organisation text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE trusted_provider DROP COLUMN organisation`);
  }
}
