import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ADR 0014. A provider's contract with a council can end (active); every provider already recorded is announced
 * once on the provider registry (performance.provider.v1), so every service's inbound path learns the councils
 * each may report for when the relay publishes these rows, with no step for the operator on upgrade.
 */
export class ProviderRegistry1764000000340 implements MigrationInterface {
  name = 'ProviderRegistry1764000000340';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE provider ADD COLUMN active boolean NOT NULL DEFAULT true`);
    // every council's providers at once: the owner lifts forced row-level security for this statement's transaction only
    await q.query(`ALTER TABLE provider NO FORCE ROW LEVEL SECURITY`);
    await q.query(`
      WITH p AS (SELECT tenant_id, id AS provider_id, consortium_id, role, active, gen_random_uuid() AS event_id FROM provider)
      INSERT INTO outbox (event_id, topic, message_key, event_type, payload, headers)
      SELECT event_id, 'performance.provider.v1', provider_id || ':' || tenant_id, 'performance.provider.contract-recorded',
        jsonb_build_object('specversion', '1.0', 'id', event_id, 'source', 'performance', 'type', 'performance.provider.contract-recorded',
          'time', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'subject', provider_id, 'datacontenttype', 'application/json',
          'tenantid', tenant_id, 'correlationid', 'provider-registry-migration', 'aggregateversion', 0,
          'data', jsonb_build_object('providerId', provider_id, 'consortiumId', consortium_id, 'role', role, 'active', active)),
        jsonb_build_object('ce_type', 'performance.provider.contract-recorded', 'ce_id', event_id, 'tenantid', tenant_id, 'correlationid', 'provider-registry-migration')
      FROM p ORDER BY tenant_id, provider_id`);
    await q.query(`ALTER TABLE provider FORCE ROW LEVEL SECURITY`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE provider DROP COLUMN active`);
  }
}
