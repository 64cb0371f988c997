import { MigrationInterface, QueryRunner } from 'typeorm';
import { announceRowsSql } from './announce-rows';

/**
 * Issue 18: alerts a person reads name providers as people know them. Every provider already recorded is announced
 * again on the provider registry (performance.provider.v1), now with its organisation's name, so every service learns
 * the names when the relay publishes these rows; nothing else about a provider changes.
 */
export class ProviderOrganisations1764000000360 implements MigrationInterface {
  name = 'ProviderOrganisations1764000000360';

  async up(q: QueryRunner): Promise<void> {
    // every council's providers at once: the owner lifts forced row-level security for this statement's transaction only
    await q.query(`ALTER TABLE provider NO FORCE ROW LEVEL SECURITY`);
    await q.query(
      announceRowsSql({
        topic: 'performance.provider.v1',
        type: 'performance.provider.contract-recorded',
        correlationId: 'provider-organisations-migration',
        from: 'SELECT tenant_id, id AS provider_id, name, consortium_id, role, active, gen_random_uuid() AS event_id FROM provider',
        key: "provider_id || ':' || tenant_id",
        subject: 'provider_id',
        data: "jsonb_build_object('providerId', provider_id, 'consortiumId', consortium_id, 'role', role, 'active', active, 'organisation', name)",
      }),
    );
    await q.query(`ALTER TABLE provider FORCE ROW LEVEL SECURITY`);
  }

  async down(): Promise<void> {
    // an announcement once published cannot be taken back; nothing in the tables changed
  }
}
