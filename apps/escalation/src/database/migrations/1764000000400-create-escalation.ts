import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from '@carers/platform/persistence';

/** Escalation: policies per contract, the KPI months heard of, cases and their history, plans, credits, board alerts, notifications. */
export class CreateEscalation1764000000400 implements MigrationInterface {
  name = 'CreateEscalation1764000000400';
  // the default ladder as this migration first wrote it (a migration never changes with the code)
  static readonly seed = {
    councils: ['E06000019', 'E06000054'],
    policy: {
      commentaryDays: 5,
      reviewMeetingDays: 5,
      planDraftDays: 10,
      maxRejectedPlans: 3,
      improvementNoticeDays: 7,
      creditPerBreachedMonthPence: 250_000,
      creditCapPerKpiPence: 750_000,
      creditCapTotalPence: 2_000_000,
      creditsBeforeBoard: 2,
      breachedMonthsBeforeRemedy: 2,
      recoveryMonths: 1,
    },
  };

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE escalation_policy (
        tenant_id text NOT NULL, provider_id text NOT NULL, version int NOT NULL, settings jsonb NOT NULL,
        set_by text NOT NULL, set_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (tenant_id, provider_id, version)
      )`);
    await q.query(`
      CREATE TABLE kpi_month (
        tenant_id text NOT NULL, provider_id text NOT NULL, kpi_id text NOT NULL, period text NOT NULL, status text NOT NULL, breached boolean NOT NULL DEFAULT false,
        value numeric, target numeric, floor numeric, breach_rule text, definition_version int NOT NULL,
        status_at timestamptz NOT NULL, breach_at timestamptz, PRIMARY KEY (tenant_id, provider_id, kpi_id, period)
      )`);
    await q.query(`
      CREATE TABLE performance_case (
        id uuid PRIMARY KEY, tenant_id text NOT NULL, provider_id text NOT NULL, kpi_id text NOT NULL, stage text NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'paused', 'closed')), opened_period text NOT NULL, acted_on_period text NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now(), opened_on date NOT NULL, stage_entered_on date NOT NULL, due_on date, paused_on date,
        credits_accrued int NOT NULL DEFAULT 0, breached_months_at_board int NOT NULL DEFAULT 0, policy_version int NOT NULL,
        commentary text, review_meeting_on date, outcome text, closed_on date
      )`);
    await q.query(
      `CREATE UNIQUE INDEX one_live_case_per_kpi ON performance_case (tenant_id, provider_id, kpi_id) WHERE status <> 'closed'`,
    );
    await q.query(`CREATE INDEX case_due ON performance_case (tenant_id, due_on) WHERE status = 'open'`);
    await q.query(`
      CREATE TABLE case_transition (
        id bigserial PRIMARY KEY, tenant_id text NOT NULL, case_id uuid NOT NULL REFERENCES performance_case(id), at timestamptz NOT NULL DEFAULT now(),
        on_day date NOT NULL, action text NOT NULL, from_stage text, to_stage text, cause text NOT NULL, actor text NOT NULL, reason text,
        kpi jsonb, policy_version int NOT NULL
      )`);
    await q.query(`CREATE INDEX transition_case ON case_transition (case_id, id)`);
    await q.query(`
      CREATE TABLE remedial_plan (
        id uuid PRIMARY KEY, tenant_id text NOT NULL, case_id uuid NOT NULL REFERENCES performance_case(id), cycle int NOT NULL,
        status text NOT NULL, requested_on date NOT NULL, due_on date NOT NULL, submitted_on date, decided_on date, decided_by text, decision_reason text,
        actions jsonb NOT NULL DEFAULT '[]', UNIQUE (case_id, cycle)
      )`);
    await q.query(`
      CREATE TABLE service_credit (
        id uuid PRIMARY KEY, tenant_id text NOT NULL, case_id uuid NOT NULL REFERENCES performance_case(id), provider_id text NOT NULL, kpi_id text NOT NULL,
        period text NOT NULL, financial_year text NOT NULL, amount_pence int NOT NULL, uncapped_pence int NOT NULL, original_pence int NOT NULL,
        status text NOT NULL CHECK (status IN ('accrued', 'waived', 'adjusted')), accrued_on date NOT NULL, adjusted_by text, adjustment_reason text,
        UNIQUE (case_id, period)
      )`);
    await q.query(`
      CREATE TABLE board_alert (
        id uuid PRIMARY KEY, tenant_id text NOT NULL, kind text NOT NULL, case_id uuid NOT NULL REFERENCES performance_case(id), provider_id text NOT NULL,
        kpi_id text NOT NULL, stage text NOT NULL, summary text NOT NULL, raised_at timestamptz NOT NULL, acknowledged_at timestamptz, acknowledged_by text
      )`);
    await q.query(`CREATE INDEX alert_raised ON board_alert (tenant_id, raised_at DESC)`);
    await q.query(`
      CREATE TABLE notification_channel (
        id uuid PRIMARY KEY, tenant_id text NOT NULL, kind text NOT NULL CHECK (kind IN ('webhook', 'email')), target text NOT NULL, secret text,
        active boolean NOT NULL DEFAULT true, created_by text NOT NULL, created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE notification_delivery (
        id uuid PRIMARY KEY, tenant_id text NOT NULL, channel_id uuid NOT NULL REFERENCES notification_channel(id), alert_id uuid NOT NULL REFERENCES board_alert(id),
        status text NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')), attempts int NOT NULL DEFAULT 0, next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text, last_status int, delivered_at timestamptz, UNIQUE (channel_id, alert_id)
      )`);
    await q.query(`CREATE INDEX delivery_due ON notification_delivery (next_attempt_at) WHERE status = 'pending'`);
    const tables = [
      'escalation_policy',
      'kpi_month',
      'performance_case',
      'case_transition',
      'remedial_plan',
      'service_credit',
      'board_alert',
      'notification_channel',
      'notification_delivery',
    ];
    for (const t of tables) await enableTenantRls(q, t);
    for (const tenant of CreateEscalation1764000000400.seed.councils) {
      await q.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
      await q.query(
        `INSERT INTO escalation_policy (tenant_id, provider_id, version, settings, set_by) VALUES ($1, '*', 1, $2, 'default policy')`,
        [tenant, JSON.stringify(CreateEscalation1764000000400.seed.policy)],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE notification_delivery, notification_channel, board_alert, service_credit, remedial_plan, case_transition, performance_case, kpi_month, escalation_policy`,
    );
  }
}
