import { MigrationInterface, QueryRunner } from 'typeorm';
import { announceRowsSql } from './announce-rows';

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
    await q.query(
      announceRowsSql({
        topic: 'performance.provider.v1',
        type: 'performance.provider.contract-recorded',
        correlationId: 'provider-registry-migration',
        from: 'SELECT tenant_id, id AS provider_id, consortium_id, role, active, gen_random_uuid() AS event_id FROM provider',
        key: "provider_id || ':' || tenant_id",
        subject: 'provider_id',
        data: "jsonb_build_object('providerId', provider_id, 'consortiumId', consortium_id, 'role', role, 'active', active)",
      }),
    );
    await q.query(`ALTER TABLE provider FORCE ROW LEVEL SECURITY`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE provider DROP COLUMN active`);
  }
}
