import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from '@carers/platform/persistence';

/**
 * The rest of the register: status, people cared for and caring relationships, consents, provider allocation
 * history, the duplicate review queue, bulk import jobs, and data protection (audit trail, legal hold, retention).
 * Identity columns become nullable so a record can be anonymised while its statistics survive.
 */
export class CarerLifecycleAndDataProtection1764000000130 implements MigrationInterface {
  name = 'CarerLifecycleAndDataProtection1764000000130';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE carer
        ADD COLUMN status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deregistered', 'merged', 'anonymised')),
        ADD COLUMN deregistered_on date,
        ADD COLUMN deregistration_reason text,
        ADD COLUMN merged_into uuid REFERENCES carer (id),
        ADD COLUMN external_source text,
        ADD COLUMN external_id text,
        ADD COLUMN legal_hold text,
        ADD COLUMN anonymised_on date,
        ADD COLUMN age_band_at_anonymisation text,
        ADD COLUMN transition_due_sent_on date,
        ALTER COLUMN given_name DROP NOT NULL,
        ALTER COLUMN family_name DROP NOT NULL,
        ALTER COLUMN date_of_birth DROP NOT NULL,
        ALTER COLUMN postcode DROP NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX carer_external_id ON carer (tenant_id, external_source, external_id) WHERE external_id IS NOT NULL`);
    await q.query(
      `CREATE INDEX carer_transition_pending ON carer (tenant_id, date_of_birth) WHERE kind = 'young' AND transition_due_sent_on IS NULL`,
    );
    await q.query(`CREATE INDEX carer_retention ON carer (tenant_id, deregistered_on) WHERE status = 'deregistered'`);

    await q.query(`
      CREATE TABLE cared_for_person (
        id uuid PRIMARY KEY,
        tenant_id text NOT NULL,
        given_name text,
        family_name text,
        date_of_birth date,
        postcode text,
        care_needs text,
        anonymised_on date,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE caring_relationship (
        id uuid PRIMARY KEY,
        tenant_id text NOT NULL,
        carer_id uuid NOT NULL REFERENCES carer (id),
        cared_for_id uuid NOT NULL REFERENCES cared_for_person (id),
        relationship text NOT NULL,
        started_on date NOT NULL,
        ended_on date,
        CHECK (ended_on IS NULL OR ended_on >= started_on)
      )`);
    await q.query(`CREATE INDEX caring_relationship_carer ON caring_relationship (carer_id)`);
    await q.query(`CREATE INDEX caring_relationship_cared_for ON caring_relationship (cared_for_id)`);
    await q.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY,
        tenant_id text NOT NULL,
        carer_id uuid NOT NULL REFERENCES carer (id),
        purpose text NOT NULL,
        lawful_basis text NOT NULL,
        given_on date NOT NULL,
        withdrawn_on date,
        recorded_by text NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX consent_current ON consent (carer_id, purpose) WHERE withdrawn_on IS NULL`);
    await q.query(`
      CREATE TABLE provider_allocation (
        id uuid PRIMARY KEY,
        tenant_id text NOT NULL,
        carer_id uuid NOT NULL REFERENCES carer (id),
        provider_id text NOT NULL,
        from_on date NOT NULL,
        to_on date,
        reason text,
        allocated_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX provider_allocation_carer ON provider_allocation (carer_id, created_at)`);
    await q.query(`
      CREATE TABLE duplicate_review (
        id uuid PRIMARY KEY,
        tenant_id text NOT NULL,
        carer_id uuid NOT NULL REFERENCES carer (id),
        candidate_id uuid NOT NULL REFERENCES carer (id),
        reasons jsonb NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'merged', 'kept-apart')),
        resolution_reason text,
        resolved_by text,
        resolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (carer_id, candidate_id)
      )`);
    await q.query(`
      CREATE TABLE audit_entry (
        id bigserial PRIMARY KEY,
        tenant_id text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        role text NOT NULL,
        action text NOT NULL,
        what text NOT NULL,
        subject_ids uuid[] NOT NULL,
        purpose text NOT NULL
      )`);
    await q.query(`CREATE INDEX audit_entry_subject ON audit_entry USING gin (subject_ids)`);
    await q.query(
      `CREATE TABLE retention_schedule (tenant_id text PRIMARY KEY, years_after_deregistration int NOT NULL CHECK (years_after_deregistration > 0))`,
    );
    await q.query(`
      CREATE TABLE import_job (
        id uuid PRIMARY KEY,
        tenant_id text NOT NULL,
        source text NOT NULL,
        status text NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
        bytes_total bigint,
        bytes_read bigint NOT NULL DEFAULT 0,
        rows_read int NOT NULL DEFAULT 0,
        accepted int NOT NULL DEFAULT 0,
        unchanged int NOT NULL DEFAULT 0,
        rejected int NOT NULL DEFAULT 0,
        error text,
        created_by text NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE import_rejection (
        job_id uuid NOT NULL REFERENCES import_job (id),
        tenant_id text NOT NULL,
        row_number int NOT NULL,
        external_id text,
        reasons text[] NOT NULL,
        PRIMARY KEY (job_id, row_number)
      )`);
    for (const table of [
      'cared_for_person',
      'caring_relationship',
      'consent',
      'provider_allocation',
      'duplicate_review',
      'audit_entry',
      'retention_schedule',
      'import_job',
      'import_rejection',
    ]) {
      await enableTenantRls(q, table);
    }
    for (const tenant of ['E06000019', 'E06000054']) {
      await q.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
      await q.query(`INSERT INTO retention_schedule VALUES ($1, 6)`, [tenant]);
      await q.query(`INSERT INTO provider_allocation (id, tenant_id, carer_id, provider_id, from_on, allocated_by)
                     SELECT gen_random_uuid(), tenant_id, id, provider_id, registered_on, 'migration' FROM carer WHERE provider_id IS NOT NULL`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE import_rejection, import_job, retention_schedule, audit_entry, duplicate_review, provider_allocation, consent, caring_relationship, cared_for_person`,
    );
    await q.query(`ALTER TABLE carer DROP COLUMN status, DROP COLUMN deregistered_on, DROP COLUMN deregistration_reason, DROP COLUMN merged_into,
      DROP COLUMN external_source, DROP COLUMN external_id, DROP COLUMN legal_hold, DROP COLUMN anonymised_on, DROP COLUMN age_band_at_anonymisation,
      DROP COLUMN transition_due_sent_on`);
  }
}
