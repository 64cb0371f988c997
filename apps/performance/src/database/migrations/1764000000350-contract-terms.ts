import { MigrationInterface, QueryRunner } from 'typeorm';
import { announceRowsSql } from './announce-rows';

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
    await q.query(
      announceRowsSql({
        topic: 'performance.contract.v1',
        type: 'performance.contract.terms-recorded',
        correlationId: 'contract-terms-migration',
        from: `SELECT contract.*, consortium.name AS consortium_name, gen_random_uuid() AS event_id
                 FROM contract JOIN consortium ON consortium.tenant_id = contract.tenant_id AND consortium.id = contract.consortium_id`,
        key: "id || ':' || tenant_id",
        subject: 'id',
        data: `jsonb_build_object('contractId', id, 'consortiumId', consortium_id, 'consortiumOrganisation', consortium_name,
                 'annualValuePence', round(value * 100)::bigint,
                 'startsOn', to_char(starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(ends_on, 'YYYY-MM-DD'),
                 'perBreachedMonthPercent', (service_credit_schedule->>'perBreachMonthPercent')::numeric,
                 'capPerKpiPercent', (service_credit_schedule->>'capPerKpiPercent')::numeric,
                 'capTotalPercent', (service_credit_schedule->>'capTotalPercent')::numeric)`,
      }),
    );
    await q.query(`ALTER TABLE contract FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE consortium FORCE ROW LEVEL SECURITY`);
  }

  async down(): Promise<void> {
    // an announcement once published cannot be taken back; nothing in the tables changed
  }
}
