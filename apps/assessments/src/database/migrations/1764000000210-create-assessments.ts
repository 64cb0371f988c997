import { MigrationInterface, QueryRunner } from 'typeorm';
import { englandAndWalesBankHolidays } from '@carers/calendar';
import { enableTenantRls } from '@carers/platform/persistence';
import { DEFAULT_POLICIES } from '../../assessments/domain/timescales';

const COUNCILS = ['E06000019', 'E06000054'];
/**
 * The gov.uk bank holidays of 2025-2027 this migration has always seeded, now read from the calendar library, which
 * gives the same days (libs/calendar's bank-holidays.spec.ts). Since ADR 0017 the clocks take bank holidays from the
 * library for every year; these rows only repeat them, and a council's own closure days are added beside them.
 */
const SEEDED_BANK_HOLIDAYS = [2025, 2026, 2027].flatMap((year) => englandAndWalesBankHolidays(year));

/** Assessments, support plans, reviews, and the clocks that time them, with each council's timescales and bank holidays. */
export class CreateAssessments1764000000210 implements MigrationInterface {
  name = 'CreateAssessments1764000000210';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assessment (
        id uuid PRIMARY KEY,
        tenant_id text NOT NULL,
        carer_id uuid NOT NULL,
        type text NOT NULL,
        route text NOT NULL,
        fast_track boolean NOT NULL,
        provider_id text,
        requested_on date NOT NULL,
        contacted_on date,
        commenced_on date,
        completed_on date,
        refused_on date,
        method text,
        content jsonb NOT NULL DEFAULT '{}',
        covered text[] NOT NULL DEFAULT '{}',
        determination jsonb,
        child_involved boolean NOT NULL DEFAULT false,
        version int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX assessment_waiting ON assessment (tenant_id, requested_on) WHERE commenced_on IS NULL AND refused_on IS NULL AND completed_on IS NULL`,
    );
    await q.query(`CREATE INDEX assessment_carer ON assessment (carer_id, created_at)`);
    await q.query(`
      CREATE TABLE support_plan (
        id uuid PRIMARY KEY,
        tenant_id text NOT NULL,
        assessment_id uuid NOT NULL UNIQUE REFERENCES assessment (id),
        carer_id uuid NOT NULL,
        provider_id text,
        agreed_on date NOT NULL,
        details jsonb NOT NULL,
        direct_payment boolean NOT NULL,
        entry_scores jsonb NOT NULL
      )`);
    await q.query(`
      CREATE TABLE review (
        id uuid PRIMARY KEY,
        tenant_id text NOT NULL,
        plan_id uuid NOT NULL REFERENCES support_plan (id),
        type text NOT NULL,
        due_on date NOT NULL,
        completed_on date NOT NULL,
        scores jsonb NOT NULL,
        notes text
      )`);
    await q.query(
      `CREATE TABLE clock_policy (tenant_id text NOT NULL, kind text NOT NULL, days int NOT NULL CHECK (days > 0), basis text NOT NULL CHECK (basis IN ('calendar', 'working')), PRIMARY KEY (tenant_id, kind))`,
    );
    await q.query(
      `CREATE TABLE bank_holiday (tenant_id text NOT NULL, day date NOT NULL, name text NOT NULL, PRIMARY KEY (tenant_id, day))`,
    );
    await q.query(`
      CREATE TABLE clock (
        id uuid PRIMARY KEY,
        tenant_id text NOT NULL,
        assessment_id uuid NOT NULL REFERENCES assessment (id),
        carer_id uuid NOT NULL,
        provider_id text,
        kind text NOT NULL,
        basis text NOT NULL,
        started_on date NOT NULL,
        warn_on date NOT NULL,
        due_on date NOT NULL,
        stopped_on date,
        paused_since date,
        pause_reason text,
        paused_days int NOT NULL DEFAULT 0,
        warning_sent_on date,
        overdue_sent_on date
      )`);
    await q.query(`CREATE UNIQUE INDEX clock_running ON clock (assessment_id, kind) WHERE stopped_on IS NULL`);
    await q.query(
      `CREATE INDEX clock_due ON clock (due_on, warn_on) WHERE stopped_on IS NULL AND paused_since IS NULL AND overdue_sent_on IS NULL`,
    );
    for (const table of ['assessment', 'support_plan', 'review', 'clock_policy', 'bank_holiday', 'clock']) await enableTenantRls(q, table);
    for (const tenant of COUNCILS) {
      await q.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
      for (const p of DEFAULT_POLICIES)
        await q.query(`INSERT INTO clock_policy VALUES ($1, $2, $3, $4)`, [tenant, p.kind, p.days, p.basis]);
      for (const { day, name } of SEEDED_BANK_HOLIDAYS) await q.query(`INSERT INTO bank_holiday VALUES ($1, $2, $3)`, [tenant, day, name]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE clock, bank_holiday, clock_policy, review, support_plan, assessment`);
  }
}
