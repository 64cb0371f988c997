import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from '@carers/platform/persistence';

/**
 * Issue 21, finding 4: a provider worker who registers a person already on the register outside its provider is no
 * longer told the existing record's id; the attempt waits here for a council officer instead. It keeps who tried and
 * for which provider, never the details they sent.
 */
export class RegistrationReferrals1764000000150 implements MigrationInterface {
  name = 'RegistrationReferrals1764000000150';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE registration_referral (
        id uuid PRIMARY KEY,
        tenant_id text NOT NULL,
        carer_id uuid NOT NULL REFERENCES carer (id),
        provider_id text NOT NULL,
        submitted_by text NOT NULL,
        requests_assessment boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        closing_reason text,
        closed_by text,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX registration_referral_status ON registration_referral (tenant_id, status, created_at)`);
    await q.query(`CREATE INDEX registration_referral_carer ON registration_referral (carer_id)`);
    await enableTenantRls(q, 'registration_referral');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE registration_referral`);
  }
}
