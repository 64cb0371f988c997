import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from '@carers/platform/persistence';

/**
 * The formal notices the ladder serves (ADR 0026): what was served, on whom, on which figures and policy version,
 * the provider's answer and an officer's decision on a dispute. A notice as served never changes.
 */
export class Notices1764000000480 implements MigrationInterface {
  name = 'Notices1764000000480';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notice (
        id uuid PRIMARY KEY, tenant_id text NOT NULL, case_id uuid NOT NULL REFERENCES performance_case (id), provider_id text NOT NULL, kpi_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('contract-performance-notice', 'improvement-notice', 'exception-report')),
        from_stage text, served_on date NOT NULL, respond_by date NOT NULL, response_days int NOT NULL, act_by date,
        addressee text NOT NULL, council text NOT NULL, contract_id text, figures jsonb NOT NULL, policy_version int NOT NULL,
        status text NOT NULL DEFAULT 'served' CHECK (status IN ('served', 'accepted', 'disputed', 'withdrawn', 'stands')),
        answer text CHECK (answer IN ('accept', 'dispute')), grounds text, answered_by text, answered_on date,
        outcome text CHECK (outcome IN ('upheld', 'rejected')), decision_reason text, decided_by text, decided_on date,
        paused_case boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE INDEX notice_of_case ON notice (tenant_id, case_id, served_on)`);
    await enableTenantRls(q, 'notice');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notice`);
  }
}
