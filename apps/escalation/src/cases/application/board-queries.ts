import { Injectable } from '@nestjs/common';
import { DomainError } from '@carers/contracts';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { Caller } from './case-actions';

export interface CaseFilter {
  providerId?: string;
  stage?: string;
  status?: 'live' | 'closed';
}

const CASE_VIEW = `c.id, c.provider_id AS "providerId", c.kpi_id AS "kpiId", c.stage, c.status, c.opened_period AS "openedPeriod",
  to_char(c.opened_on, 'YYYY-MM-DD') AS "openedOn", to_char(c.stage_entered_on, 'YYYY-MM-DD') AS "stageEnteredOn", to_char(c.due_on, 'YYYY-MM-DD') AS "dueOn",
  ($1::date - c.opened_on) AS "ageDays", (c.due_on IS NOT NULL AND c.due_on < $1::date) AS overdue, c.credits_accrued AS "creditsAccrued",
  c.policy_version AS "policyVersion", c.outcome, to_char(c.closed_on, 'YYYY-MM-DD') AS "closedOn"`;

/** What the board, officers and providers read: cases, their history, plans, credits and alerts. Providers see only their own. */
@Injectable()
export class BoardQueries {
  constructor(private readonly uow: UnitOfWork, private readonly clock: Clock) {}

  cases(tenantId: string, f: CaseFilter, who: Caller) {
    return this.uow.run(tenantId, (tx) => tx.query(
      `SELECT ${CASE_VIEW} FROM performance_case c
        WHERE ($2::text IS NULL OR provider_id = $2) AND ($3::text IS NULL OR stage = $3) AND (CASE WHEN $4 = 'closed' THEN status = 'closed' ELSE status <> 'closed' END)
        ORDER BY opened_on, id LIMIT 500`,
      [this.clock.today(), who.providerId ?? f.providerId ?? null, f.stage ?? null, f.status ?? 'live']));
  }

  caseDetail(tenantId: string, id: string, who: Caller) {
    return this.uow.run(tenantId, async (tx) => {
      const [c] = await tx.query(`SELECT ${CASE_VIEW}, c.commentary, to_char(c.review_meeting_on, 'YYYY-MM-DD') AS "reviewMeetingOn" FROM performance_case c WHERE id = $2`, [this.clock.today(), id]);
      if (!c || (who.providerId && c.providerId !== who.providerId)) throw new DomainError('not-found', `there is no case ${id}`);
      c.transitions = await tx.query(
        `SELECT at, to_char(on_day, 'YYYY-MM-DD') AS "onDay", action, from_stage AS "from", to_stage AS "to", cause, actor, reason, kpi, policy_version AS "policyVersion"
           FROM case_transition WHERE case_id = $1 ORDER BY id`, [id]);
      c.plans = await tx.query(
        `SELECT id, cycle, status, to_char(requested_on, 'YYYY-MM-DD') AS "requestedOn", to_char(due_on, 'YYYY-MM-DD') AS "dueOn",
                to_char(submitted_on, 'YYYY-MM-DD') AS "submittedOn", decision_reason AS "decisionReason", actions FROM remedial_plan WHERE case_id = $1 ORDER BY cycle`, [id]);
      c.credits = await tx.query(`SELECT ${CREDIT_VIEW} FROM service_credit WHERE case_id = $1 ORDER BY period`, [id]);
      return c;
    });
  }

  /** Remedial plans waiting on someone: requested from providers, submitted to the council, or approved with milestones ahead. */
  plansDue(tenantId: string, who: Caller) {
    return this.uow.run(tenantId, (tx) => tx.query(
      `SELECT p.id, p.case_id AS "caseId", c.provider_id AS "providerId", c.kpi_id AS "kpiId", p.cycle, p.status,
              to_char(coalesce(c.due_on, p.due_on), 'YYYY-MM-DD') AS "dueOn", (coalesce(c.due_on, p.due_on) < $1::date) AS overdue
         FROM remedial_plan p JOIN performance_case c ON c.id = p.case_id
        WHERE p.status IN ('requested', 'submitted', 'approved') AND c.status <> 'closed' AND ($2::text IS NULL OR c.provider_id = $2)
        ORDER BY 7 NULLS LAST`, [this.clock.today(), who.providerId ?? null]));
  }

  credits(tenantId: string, who: Caller) {
    return this.uow.run(tenantId, async (tx) => {
      const entries = await tx.query(`SELECT ${CREDIT_VIEW} FROM service_credit WHERE ($1::text IS NULL OR provider_id = $1) ORDER BY accrued_on, period`, [who.providerId ?? null]);
      const totals = await tx.query(
        `SELECT provider_id AS "providerId", financial_year AS "financialYear", sum(amount_pence)::int AS "netPence", sum(original_pence)::int AS "accruedPence",
                sum(original_pence - amount_pence)::int AS "waivedOrAdjustedPence"
           FROM service_credit WHERE ($1::text IS NULL OR provider_id = $1) GROUP BY 1, 2 ORDER BY 1, 2`, [who.providerId ?? null]);
      return { entries, totals };
    });
  }

  alerts(tenantId: string, unacknowledgedOnly: boolean) {
    return this.uow.run(tenantId, (tx) => tx.query(
      `SELECT ${ALERT_VIEW} FROM board_alert WHERE (NOT $1 OR acknowledged_at IS NULL) ORDER BY raised_at DESC LIMIT 200`, [unacknowledgedOnly]));
  }

  acknowledge(tenantId: string, alertId: string, who: Caller) {
    return this.uow.run(tenantId, async (tx) => {
      const [[row]] = await tx.query(
        `UPDATE board_alert SET acknowledged_at = coalesce(acknowledged_at, now()), acknowledged_by = coalesce(acknowledged_by, $2) WHERE id = $1 RETURNING ${ALERT_VIEW}`,
        [alertId, who.subject]);
      if (!row) throw new DomainError('not-found', `there is no alert ${alertId}`);
      return row;
    });
  }
}

const CREDIT_VIEW = `id, case_id AS "caseId", provider_id AS "providerId", kpi_id AS "kpiId", period, financial_year AS "financialYear",
  amount_pence AS "amountPence", original_pence AS "originalPence", uncapped_pence AS "uncappedPence", status, to_char(accrued_on, 'YYYY-MM-DD') AS "accruedOn",
  adjustment_reason AS "adjustmentReason"`;
const ALERT_VIEW = `id, kind, case_id AS "caseId", provider_id AS "providerId", kpi_id AS "kpiId", stage, summary, raised_at AS "raisedAt",
  acknowledged_at AS "acknowledgedAt", acknowledged_by AS "acknowledgedBy"`;
