import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from '@carers/platform/persistence';

export class CreateEmergencyPlans1764000000110 implements MigrationInterface {
  name = 'CreateEmergencyPlans1764000000110';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE emergency_plan (
        id uuid PRIMARY KEY,
        tenant_id text NOT NULL,
        carer_id uuid NOT NULL UNIQUE REFERENCES carer (id),
        card_number text NOT NULL UNIQUE,
        contacts jsonb NOT NULL,
        needs jsonb NOT NULL,
        contingency_hours int NOT NULL,
        created_on date NOT NULL,
        review_due_on date NOT NULL,
        review_due_notified_for date,
        version int NOT NULL
      )`);
    await q.query(`CREATE INDEX emergency_plan_review_due ON emergency_plan (review_due_on)`);
    await q.query(`
      CREATE TABLE emergency_card_access (
        id bigserial PRIMARY KEY,
        tenant_id text NOT NULL,
        plan_id uuid NOT NULL REFERENCES emergency_plan (id),
        action text NOT NULL CHECK (action IN ('lookup', 'activation')),
        by_subject text NOT NULL,
        by_role text NOT NULL,
        reason text,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await enableTenantRls(q, 'emergency_plan');
    await enableTenantRls(q, 'emergency_card_access');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE emergency_card_access; DROP TABLE emergency_plan`);
  }
}
