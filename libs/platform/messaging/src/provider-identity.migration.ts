import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ADR 0014. The inbox deduplicates per sender: a provider's event id is its own, so no other provider can squat
 * it. Rows recorded before (sender '') stay and keep counting as seen for everyone, so nothing applied before
 * is applied again. The councils each provider may report for are kept from the provider registry.
 */
export class ProviderIdentity1766000000000 implements MigrationInterface {
  name = 'ProviderIdentity1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE inbox ADD COLUMN sender text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE inbox DROP CONSTRAINT inbox_pkey, ADD PRIMARY KEY (consumer, sender, event_id)`);
    await q.query(`
      CREATE TABLE trusted_provider (
        provider_id text NOT NULL,
        tenant_id text NOT NULL,
        consortium_id text NOT NULL,
        role text NOT NULL,
        active boolean NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (provider_id, tenant_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE trusted_provider`);
    await q.query(`DELETE FROM inbox a USING inbox b WHERE a.consumer = b.consumer AND a.event_id = b.event_id AND a.sender > b.sender`);
    await q.query(`ALTER TABLE inbox DROP CONSTRAINT inbox_pkey, ADD PRIMARY KEY (consumer, event_id), DROP COLUMN sender`);
  }
}
