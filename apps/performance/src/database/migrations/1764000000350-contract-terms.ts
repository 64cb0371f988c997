import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ADR 0018. Every contract already recorded is announced once on performance.contract.v1 (its value in pence, its
 * term and its service credit schedule), so escalation prices credits on it when the relay publishes these rows,
 * with no step for the operator on upgrade.
 */
export class ContractTerms1764000000350 implements MigrationInterface {
  name = 'ContractTerms1764000000350';

  async up(q: QueryRunner): Promise<void> {
    // every council's contracts at once: the owner lifts forced row-level security for this statement's transaction only
    await q.query(`ALTER TABLE contract NO FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE consortium NO FORCE ROW LEVEL SECURITY`);
    await q.query(`
      WITH c AS (SELECT contract.*, consortium.name AS consortium_name, gen_random_uuid() AS event_id
                   FROM contract JOIN consortium ON consortium.tenant_id = contract.tenant_id AND consortium.id = contract.consortium_id)
      INSERT INTO outbox (event_id, topic, message_key, event_type, payload, headers)
      SELECT event_id, 'performance.contract.v1', id || ':' || tenant_id, 'performance.contract.terms-recorded',
        jsonb_build_object('specversion', '1.0', 'id', event_id, 'source', 'performance', 'type', 'performance.contract.terms-recorded',
          'time', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'subject', id, 'datacontenttype', 'application/json',
          'tenantid', tenant_id, 'correlationid', 'contract-terms-migration', 'aggregateversion', 0,
          'data', jsonb_build_object('contractId', id, 'consortiumId', consortium_id, 'consortiumOrganisation', consortium_name, 'annualValuePence', round(value * 100)::bigint,
            'startsOn', to_char(starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(ends_on, 'YYYY-MM-DD'),
            'perBreachedMonthPercent', (service_credit_schedule->>'perBreachMonthPercent')::numeric,
            'capPerKpiPercent', (service_credit_schedule->>'capPerKpiPercent')::numeric,
            'capTotalPercent', (service_credit_schedule->>'capTotalPercent')::numeric)),
        jsonb_build_object('ce_type', 'performance.contract.terms-recorded', 'ce_id', event_id, 'tenantid', tenant_id, 'correlationid', 'contract-terms-migration')
      FROM c ORDER BY tenant_id, id`);
    await q.query(`ALTER TABLE contract FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE consortium FORCE ROW LEVEL SECURITY`);
  }

  async down(): Promise<void> {
    // an announcement once published cannot be taken back; nothing in the tables changed
  }
}
