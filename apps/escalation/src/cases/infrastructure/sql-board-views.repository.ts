import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import {
  AlertView,
  BoardViews,
  CaseDetail,
  CaseFilter,
  CaseView,
  CreditTotal,
  CreditView,
  PlanDue,
  PlanView,
  TransitionView,
} from '../application/board-views.repository';

const CASE_VIEW = `c.id, c.provider_id AS "providerId", c.kpi_id AS "kpiId", c.stage, c.status, c.opened_period AS "openedPeriod",
  to_char(c.opened_on, 'YYYY-MM-DD') AS "openedOn", to_char(c.stage_entered_on, 'YYYY-MM-DD') AS "stageEnteredOn", to_char(c.due_on, 'YYYY-MM-DD') AS "dueOn",
  ($2::date - c.opened_on) AS "ageDays", (c.due_on IS NOT NULL AND c.due_on < $2::date) AS overdue, c.credits_accrued AS "creditsAccrued",
  c.policy_version AS "policyVersion", c.outcome, to_char(c.closed_on, 'YYYY-MM-DD') AS "closedOn"`;

const CREDIT_VIEW = `id, case_id AS "caseId", provider_id AS "providerId", kpi_id AS "kpiId", period, financial_year AS "financialYear",
  amount_pence AS "amountPence", original_pence AS "originalPence", uncapped_pence AS "uncappedPence", status, to_char(accrued_on, 'YYYY-MM-DD') AS "accruedOn",
  adjustment_reason AS "adjustmentReason", to_char(withheld_on, 'YYYY-MM-DD') AS "withheldOn", to_char(reversed_on, 'YYYY-MM-DD') AS "reversedOn",
  reversal_reason AS "reversalReason", to_char(settled_on, 'YYYY-MM-DD') AS "settledOn", settlement_reason AS "settlementReason", basis`;

export const ALERT_VIEW = `id, kind, case_id AS "caseId", provider_id AS "providerId", kpi_id AS "kpiId", stage, summary, raised_at AS "raisedAt",
  acknowledged_at AS "acknowledgedAt", acknowledged_by AS "acknowledgedBy"`;

@Injectable()
export class SqlBoardViews extends BoardViews {
  cases(tx: Tx, f: CaseFilter, today: string) {
    return tx.query<CaseView>(
      `SELECT ${CASE_VIEW} FROM performance_case c
        WHERE c.tenant_id = $1 AND ($3::text IS NULL OR c.provider_id = $3) AND ($4::text IS NULL OR c.stage = $4)
          AND (CASE WHEN $5 = 'closed' THEN c.status = 'closed' ELSE c.status <> 'closed' END)
        ORDER BY c.opened_on, c.id LIMIT 500`,
      [tx.tenantId, today, f.providerId ?? null, f.stage ?? null, f.status ?? 'live'],
    );
  }

  async caseDetail(tx: Tx, id: string, today: string): Promise<CaseDetail | undefined> {
    const [c] = await tx.query<CaseView & Pick<CaseDetail, 'commentary' | 'reviewMeetingOn'>>(
      `SELECT ${CASE_VIEW}, c.commentary, to_char(c.review_meeting_on, 'YYYY-MM-DD') AS "reviewMeetingOn" FROM performance_case c WHERE c.tenant_id = $1 AND c.id = $3`,
      [tx.tenantId, today, id],
    );
    if (!c) return undefined;
    const transitions = await tx.query<TransitionView>(
      `SELECT at, to_char(on_day, 'YYYY-MM-DD') AS "onDay", action, from_stage AS "from", to_stage AS "to", cause, actor, reason, kpi, policy_version AS "policyVersion"
         FROM case_transition WHERE tenant_id = $1 AND case_id = $2 ORDER BY id`,
      [tx.tenantId, id],
    );
    const plans = await tx.query<PlanView>(
      `SELECT id, cycle, status, to_char(requested_on, 'YYYY-MM-DD') AS "requestedOn", to_char(due_on, 'YYYY-MM-DD') AS "dueOn",
              to_char(submitted_on, 'YYYY-MM-DD') AS "submittedOn", decision_reason AS "decisionReason", actions
         FROM remedial_plan WHERE tenant_id = $1 AND case_id = $2 ORDER BY cycle`,
      [tx.tenantId, id],
    );
    const credits = await tx.query<CreditView>(
      `SELECT ${CREDIT_VIEW} FROM service_credit WHERE tenant_id = $1 AND case_id = $2 ORDER BY period`,
      [tx.tenantId, id],
    );
    return { ...c, transitions, plans, credits };
  }

  plansDue(tx: Tx, providerId: string | undefined, today: string) {
    return tx.query<PlanDue>(
      `SELECT p.id, p.case_id AS "caseId", c.provider_id AS "providerId", c.kpi_id AS "kpiId", p.cycle, p.status,
              to_char(coalesce(c.due_on, p.due_on), 'YYYY-MM-DD') AS "dueOn", (coalesce(c.due_on, p.due_on) < $2::date) AS overdue
         FROM remedial_plan p JOIN performance_case c ON c.tenant_id = p.tenant_id AND c.id = p.case_id
        WHERE p.tenant_id = $1 AND p.status IN ('requested', 'submitted', 'approved') AND c.status <> 'closed' AND ($3::text IS NULL OR c.provider_id = $3)
        ORDER BY 7 NULLS LAST`,
      [tx.tenantId, today, providerId ?? null],
    );
  }

  async credits(tx: Tx, providerId: string | undefined) {
    const entries = await tx.query<CreditView>(
      `SELECT ${CREDIT_VIEW} FROM service_credit WHERE tenant_id = $1 AND ($2::text IS NULL OR provider_id = $2) ORDER BY accrued_on, period`,
      [tx.tenantId, providerId ?? null],
    );
    const totals = await tx.query<CreditTotal>(
      // accrued = net + pending + reversed + released + waived or adjusted, to the penny (ADR 0016, ADR 0018)
      `SELECT provider_id AS "providerId", financial_year AS "financialYear",
              coalesce(sum(amount_pence) FILTER (WHERE status IN ('withheld', 'waived', 'adjusted', 'retained')), 0)::int AS "netPence",
              coalesce(sum(amount_pence) FILTER (WHERE status = 'retained'), 0)::int AS "retainedPence",
              coalesce(sum(amount_pence) FILTER (WHERE status = 'released'), 0)::int AS "releasedPence",
              sum(original_pence)::int AS "accruedPence",
              coalesce(sum(original_pence - amount_pence), 0)::int AS "waivedOrAdjustedPence",
              coalesce(sum(amount_pence) FILTER (WHERE status = 'accrued'), 0)::int AS "pendingPence",
              coalesce(sum(amount_pence) FILTER (WHERE status = 'reversed'), 0)::int AS "reversedPence"
         FROM service_credit WHERE tenant_id = $1 AND ($2::text IS NULL OR provider_id = $2) GROUP BY 1, 2 ORDER BY 1, 2`,
      [tx.tenantId, providerId ?? null],
    );
    return { entries, totals };
  }

  alerts(tx: Tx, unacknowledgedOnly: boolean) {
    return tx.query<AlertView>(
      `SELECT ${ALERT_VIEW} FROM board_alert WHERE tenant_id = $1 AND (NOT $2 OR acknowledged_at IS NULL) ORDER BY raised_at DESC LIMIT 200`,
      [tx.tenantId, unacknowledgedOnly],
    );
  }
}
