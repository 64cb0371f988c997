import { MigrationInterface, QueryRunner } from 'typeorm';

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
    await q.query(`
      WITH p AS (SELECT tenant_id, id AS provider_id, name, consortium_id, role, active, gen_random_uuid() AS event_id FROM provider)
      INSERT INTO outbox (event_id, topic, message_key, event_type, payload, headers)
      SELECT event_id, 'performance.provider.v1', provider_id || ':' || tenant_id, 'performance.provider.contract-recorded',
        jsonb_build_object('specversion', '1.0', 'id', event_id, 'source', 'performance', 'type', 'performance.provider.contract-recorded',
          'time', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'subject', provider_id, 'datacontenttype', 'application/json',
          'tenantid', tenant_id, 'correlationid', 'provider-organisations-migration', 'aggregateversion', 0,
          'data', jsonb_build_object('providerId', provider_id, 'consortiumId', consortium_id, 'role', role, 'active', active, 'organisation', name)),
        jsonb_build_object('ce_type', 'performance.provider.contract-recorded', 'ce_id', event_id, 'tenantid', tenant_id, 'correlationid', 'provider-organisations-migration')
      FROM p ORDER BY tenant_id, provider_id`);
    await q.query(`ALTER TABLE provider FORCE ROW LEVEL SECURITY`);
  }

  async down(): Promise<void> {
    // an announcement once published cannot be taken back; nothing in the tables changed
  }
}
