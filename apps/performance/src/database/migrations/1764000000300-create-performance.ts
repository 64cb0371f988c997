import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from '@carers/platform/persistence';
import { STARTER_CATALOGUE } from '../../kpis/domain/starter-catalogue';

/** Fictional providers shaped like the seeds: Herefordshire's one commissioned service; Wiltshire's three-member consortium. */
const COUNCILS = [
  {
    tenant: 'E06000019',
    consortium: ['hfd-consortium', 'Herefordshire Carers Partnership'],
    providers: [['hfd-carers-hub', 'Herefordshire Carers Hub', 'lead']],
    contract: ['hfd-carers-2025', 1_450_000, '2025-04-01', '2029-03-31', [{ years: 2, condition: 'satisfactory delivery' }]],
  },
  {
    tenant: 'E06000054',
    consortium: ['carers-together-consortium', 'Carers Together'],
    providers: [
      ['carers-together', 'Carers Together (lead)', 'lead'],
      ['downs-carers-trust', 'Downs Carers Trust', 'member'],
      ['vale-family-support', 'Vale Family Support', 'member'],
    ],
    contract: [
      'wilts-all-age-carers-2024',
      6_200_000,
      '2024-04-01',
      '2028-03-31',
      [{ years: 3, condition: 'both parties agree and delivery has been satisfactory' }],
    ],
  },
] as const;

export class CreatePerformance1764000000300 implements MigrationInterface {
  name = 'CreatePerformance1764000000300';
  static readonly seed = { councils: COUNCILS, catalogue: STARTER_CATALOGUE };

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE consortium (tenant_id text NOT NULL, id text NOT NULL, name text NOT NULL, PRIMARY KEY (tenant_id, id))`);
    await q.query(
      `CREATE TABLE provider (tenant_id text NOT NULL, id text NOT NULL, name text NOT NULL, consortium_id text NOT NULL, role text NOT NULL CHECK (role IN ('lead', 'member')), PRIMARY KEY (tenant_id, id))`,
    );
    await q.query(`
      CREATE TABLE contract (
        tenant_id text NOT NULL, id text NOT NULL, consortium_id text NOT NULL, value numeric(14, 2) NOT NULL, starts_on date NOT NULL, ends_on date NOT NULL,
        extension_options jsonb NOT NULL, kpi_schedule text[] NOT NULL, service_credit_schedule jsonb NOT NULL, PRIMARY KEY (tenant_id, id)
      )`);
    await q.query(`
      CREATE TABLE kpi_definition (
        tenant_id text NOT NULL, id text NOT NULL, version int NOT NULL, body jsonb NOT NULL, changed_by text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (tenant_id, id, version)
      )`);
    await q.query(`
      CREATE TABLE assessment_fact (
        assessment_id uuid PRIMARY KEY, tenant_id text NOT NULL, provider_id text, fast_track boolean NOT NULL, requested_on date NOT NULL,
        contacted_on date, commenced_on date, completed_on date, refused_on date, plan_agreed_on date, young_carer_identified_on date
      )`);
    await q.query(`CREATE INDEX assessment_fact_provider ON assessment_fact (tenant_id, provider_id, requested_on)`);
    await q.query(`
      CREATE TABLE review_fact (
        review_id uuid PRIMARY KEY, tenant_id text NOT NULL, assessment_id uuid NOT NULL, provider_id text, review_type text NOT NULL,
        due_on date NOT NULL, completed_on date NOT NULL, improved boolean NOT NULL
      )`);
    await q.query(`CREATE INDEX review_fact_provider ON review_fact (tenant_id, provider_id, completed_on)`);
    await q.query(`
      CREATE TABLE kpi_value (
        tenant_id text NOT NULL, kpi_id text NOT NULL, provider_id text NOT NULL, attribution text NOT NULL, period text NOT NULL,
        definition_version int NOT NULL, value numeric, numerator int, denominator int, status text NOT NULL, breached boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (tenant_id, kpi_id, provider_id, period)
      )`);
    for (const t of ['consortium', 'provider', 'contract', 'kpi_definition', 'assessment_fact', 'review_fact', 'kpi_value'])
      await enableTenantRls(q, t);
    for (const c of COUNCILS) {
      await q.query(`SELECT set_config('app.tenant_id', $1, true)`, [c.tenant]);
      await q.query(`INSERT INTO consortium VALUES ($1, $2, $3)`, [c.tenant, ...c.consortium]);
      for (const [id, name, role] of c.providers)
        await q.query(`INSERT INTO provider VALUES ($1, $2, $3, $4, $5)`, [c.tenant, id, name, c.consortium[0], role]);
      const [id, value, starts, ends, extensions] = c.contract;
      await q.query(`INSERT INTO contract VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
        c.tenant,
        id,
        c.consortium[0],
        value,
        starts,
        ends,
        JSON.stringify(extensions),
        STARTER_CATALOGUE.map((k) => k.id),
        JSON.stringify({ perBreachMonthPercent: 0.5, capPerKpiPercent: 2, capTotalPercent: 5 }),
      ]);
      for (const k of STARTER_CATALOGUE)
        await q.query(`INSERT INTO kpi_definition (tenant_id, id, version, body, changed_by) VALUES ($1, $2, 1, $3, 'seed')`, [
          c.tenant,
          k.id,
          JSON.stringify(k),
        ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE kpi_value, review_fact, assessment_fact, kpi_definition, contract, provider, consortium`);
  }
}
