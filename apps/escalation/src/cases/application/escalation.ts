import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { addDays, BANK_HOLIDAYS_ENGLAND_AND_WALES } from '@carers/calendar';
import {
  EscalationCaseClosed, EscalationCaseOpened, EscalationStage, EscalationStageChanged, RemedialPlanStatusChanged, ServiceCreditAccrued,
} from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock, councils } from '@carers/platform/service';
import { creditAfterCaps, financialYearOf } from '../domain/credits';
import { EscalationPolicy } from '../domain/escalation-policy';
import { daysAllowed, Decision, Ladder, stageIndex } from '../domain/ladder';
import { BoardAlerts, summaries } from './board-alerts';
import { CaseRecords, CaseRow } from './case-records';
import { EscalationPolicies } from './escalation-policies';
import { KpiMonths, KpiStatusData } from './kpi-months';

export interface Actor {
  actor: string;
  movedBy: 'ladder' | 'council-officer';
  reason?: string;
}

const LADDER: Actor = { actor: 'ladder', movedBy: 'ladder' };

/** Runs the ladder: on every KPI announcement, on every passed deadline, and on officers' instructions. */
@Injectable()
export class Escalation {
  constructor(
    private readonly uow: UnitOfWork, private readonly cases: CaseRecords, private readonly months: KpiMonths, private readonly policies: EscalationPolicies,
    private readonly alerts: BoardAlerts, private readonly outbox: Outbox, private readonly clock: Clock,
  ) {}

  async onKpiStatus(tx: Tx, type: string, data: KpiStatusData): Promise<void> {
    await this.months.record(tx, type, data);
    await this.evaluate(tx, data.providerId, data.kpiId);
  }

  /** Deadlines passed and months completed since the last run; claimed with SKIP LOCKED. */
  async runDue(): Promise<{ deadlines: number; reviewed: number }> {
    const today = this.clock.today();
    const done = { deadlines: 0, reviewed: 0 };
    for (const tenantId of councils()) {
      await this.uow.run(tenantId, async (tx) => {
        for (const c of await this.cases.claimOverdue(tx, today, 200)) {
          const policy = await this.policies.current(tx, c.providerId);
          const kpi = await this.months.picture(tx, c.providerId, c.kpiId, today.slice(0, 7));
          const decisions = new Ladder(policy).onDeadline(c, kpi);
          if (!decisions.length) await this.cases.update(tx, c.id, { due_on: null });
          await this.carryOut(tx, c, decisions, policy, LADDER);
          done.deadlines++;
        }
      });
      // each KPI in its own short transaction, so the scan never holds many cases' locks against the KPI listener
      const toReview = await this.uow.run(tenantId, (tx) => this.kpisToReview(tx, today));
      for (const { provider_id, kpi_id } of toReview) {
        await this.uow.run(tenantId, (tx) => this.evaluate(tx, provider_id, kpi_id));
        done.reviewed++;
      }
    }
    return done;
  }

  /** Live cases past the amber notice, and months just ended out of tolerance with no case yet (their amber notice is due). */
  private kpisToReview(tx: Tx, today: string): Promise<{ provider_id: string; kpi_id: string }[]> {
    return tx.query(
      `SELECT provider_id, kpi_id FROM performance_case WHERE status = 'open' AND stage <> 'amber-notice'
       UNION
       SELECT m.provider_id, m.kpi_id FROM kpi_month m
        WHERE m.period = to_char(($1::date - interval '1 month'), 'YYYY-MM') AND m.status IN ('amber', 'red')
          AND NOT EXISTS (SELECT 1 FROM performance_case c WHERE c.provider_id = m.provider_id AND c.kpi_id = m.kpi_id AND c.status <> 'closed')`,
      [today]);
  }

  private async evaluate(tx: Tx, providerId: string, kpiId: string): Promise<void> {
    const open = await this.cases.liveFor(tx, providerId, kpiId);
    if (open?.status === 'paused') return;
    const policy = await this.policies.current(tx, providerId);
    const kpi = await this.months.picture(tx, providerId, kpiId, this.clock.today().slice(0, 7));
    const decisions = new Ladder(policy).onKpiChange(open, kpi);
    if (!decisions.length) return;
    if (!open) {
      const first = decisions[0] as Extract<Decision, { kind: 'open' }>;
      await this.openCase(tx, providerId, kpiId, first, policy);
      return;
    }
    await this.carryOut(tx, open, decisions, policy, LADDER);
  }

  private async openCase(tx: Tx, providerId: string, kpiId: string, d: Extract<Decision, { kind: 'open' }>, policy: EscalationPolicy) {
    const today = this.clock.today();
    const id = randomUUID();
    const dueOn = dueFor(d.stage, policy, today);
    await this.cases.open(tx, { id, providerId, kpiId, stage: d.stage, period: d.period, today, dueOn, policyVersion: policy.version });
    await this.cases.record(tx, id, today, {
      action: 'opened', to: d.stage, cause: d.cause, actor: 'ladder', kpi: await this.months.snapshot(tx, providerId, kpiId), policyVersion: policy.version,
    });
    await this.outbox.add(tx, EscalationCaseOpened, id, 1, { caseId: id, providerId, kpiId, stage: d.stage, period: d.period, policyVersion: policy.version, dueOn });
  }

  /** Carries out the ladder's (or an officer's) decisions on a case, in order, re-reading it after each. */
  async carryOut(tx: Tx, c: CaseRow, decisions: Decision[], policy: EscalationPolicy, by: Actor): Promise<void> {
    let current = c;
    for (const d of decisions) {
      if (d.kind === 'move') await this.enterStage(tx, current, d.to, d.cause, policy, by);
      if (d.kind === 'acted-on') {
        // a month counts at the board only when the case was already there before this month moved it
        const atBoard = c.stage === 'board-referral' && d.period > current.actedOnPeriod ? 1 : 0;
        await this.cases.update(tx, c.id, { acted_on_period: d.period, breached_months_at_board: current.breachedMonthsAtBoard + atBoard });
      }
      if (d.kind === 'accrue') await this.accrue(tx, current, d.period, policy);
      if (d.kind === 'plan-failed') await this.planFailed(tx, current, d.cause);
      if (d.kind === 'close') await this.close(tx, current, d.outcome, policy, by);
      current = (await this.cases.byId(tx, c.id))!;
    }
  }

  async enterStage(tx: Tx, c: CaseRow, to: EscalationStage, cause: string, policy: EscalationPolicy, by: Actor): Promise<void> {
    const today = this.clock.today();
    const dueOn = dueFor(to, policy, today);
    await this.cases.update(tx, c.id, { stage: to, stage_entered_on: today, due_on: dueOn, policy_version: policy.version });
    await this.cases.record(tx, c.id, today, {
      action: stageIndex(to) > stageIndex(c.stage) ? 'escalated' : 'de-escalated', from: c.stage, to, cause, actor: by.actor, reason: by.reason,
      kpi: await this.months.snapshot(tx, c.providerId, c.kpiId), policyVersion: policy.version,
    });
    await this.outbox.add(tx, EscalationStageChanged, c.id, 0, {
      caseId: c.id, providerId: c.providerId, kpiId: c.kpiId, from: c.stage, to, movedBy: by.movedBy, cause, policyVersion: policy.version, dueOn,
    });
    const moved = { ...c, stage: to };
    if (to === 'remedial-plan') await this.requestPlan(tx, moved, dueOn!);
    if (to === 'board-referral') await this.alerts.raise(tx, 'board-referral', moved, summaries.boardReferral(moved, cause));
    if (to === 'contract-remedy') await this.alerts.raise(tx, 'contract-remedy-recommended', moved, summaries.remedy(moved));
  }

  async requestPlan(tx: Tx, c: CaseRow, dueOn: string): Promise<void> {
    const [{ cycle }] = await tx.query(`SELECT coalesce(max(cycle), 0) + 1 AS cycle FROM remedial_plan WHERE case_id = $1`, [c.id]);
    const planId = randomUUID();
    await tx.query(`INSERT INTO remedial_plan (id, tenant_id, case_id, cycle, status, requested_on, due_on) VALUES ($1, $2, $3, $4, 'requested', $5, $6)`,
      [planId, tx.tenantId, c.id, cycle, this.clock.today(), dueOn]);
    await this.cases.update(tx, c.id, { due_on: dueOn });
    await this.outbox.add(tx, RemedialPlanStatusChanged, c.id, 0, { caseId: c.id, providerId: c.providerId, kpiId: c.kpiId, planId, cycle, status: 'requested', dueOn });
  }

  private async accrue(tx: Tx, c: CaseRow, period: string, policy: EscalationPolicy): Promise<void> {
    const year = financialYearOf(period);
    const [sums] = await tx.query(
      `SELECT coalesce(sum(amount_pence) FILTER (WHERE kpi_id = $2), 0)::int AS kpi, coalesce(sum(amount_pence), 0)::int AS total
         FROM service_credit WHERE provider_id = $1 AND financial_year = $3`, [c.providerId, c.kpiId, year]);
    const { amountPence, uncappedPence } = creditAfterCaps(policy, sums.kpi, sums.total);
    const creditId = randomUUID();
    const inserted = await tx.query(
      `INSERT INTO service_credit (id, tenant_id, case_id, provider_id, kpi_id, period, financial_year, amount_pence, uncapped_pence, original_pence, status, accrued_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $8, 'accrued', $10) ON CONFLICT (case_id, period) DO NOTHING RETURNING id`,
      [creditId, tx.tenantId, c.id, c.providerId, c.kpiId, period, year, amountPence, uncappedPence, this.clock.today()]);
    if (!inserted.length) return;
    await this.cases.update(tx, c.id, { credits_accrued: c.creditsAccrued + 1 });
    await this.cases.record(tx, c.id, this.clock.today(), {
      action: 'credit-accrued', cause: `breached-${period}`, actor: 'ladder', reason: `${amountPence} pence (${uncappedPence} before caps)`,
      kpi: await this.months.snapshot(tx, c.providerId, c.kpiId), policyVersion: policy.version,
    });
    await this.outbox.add(tx, ServiceCreditAccrued, c.id, 0, { caseId: c.id, providerId: c.providerId, kpiId: c.kpiId, creditId, period, amountPence, uncappedPence });
    await this.alerts.raise(tx, 'credit-accrued', c, summaries.creditAccrued(c, period, amountPence, uncappedPence));
  }

  private async planFailed(tx: Tx, c: CaseRow, cause: string): Promise<void> {
    const [[plan]] = await tx.query(`UPDATE remedial_plan SET status = 'failed' WHERE id = (SELECT id FROM remedial_plan WHERE case_id = $1 ORDER BY cycle DESC LIMIT 1) RETURNING id, cycle`, [c.id]);
    if (plan) await this.outbox.add(tx, RemedialPlanStatusChanged, c.id, 0, { caseId: c.id, providerId: c.providerId, kpiId: c.kpiId, planId: plan.id, cycle: plan.cycle, status: 'failed' });
    await this.alerts.raise(tx, 'plan-failed', c, summaries.planFailed(c, cause));
  }

  private async close(tx: Tx, c: CaseRow, outcome: 'recovered' | 'withdrawn', policy: EscalationPolicy, by: Actor): Promise<void> {
    const today = this.clock.today();
    await this.cases.update(tx, c.id, { status: 'closed', outcome, closed_on: today, due_on: null });
    await tx.query(`UPDATE remedial_plan SET status = 'completed' WHERE case_id = $1 AND status IN ('requested', 'submitted', 'approved')`, [c.id]);
    await this.cases.record(tx, c.id, today, {
      action: 'closed', from: c.stage, cause: outcome, actor: by.actor, reason: by.reason, kpi: await this.months.snapshot(tx, c.providerId, c.kpiId), policyVersion: policy.version,
    });
    await this.outbox.add(tx, EscalationCaseClosed, c.id, 0, { caseId: c.id, providerId: c.providerId, kpiId: c.kpiId, outcome, lastStage: c.stage, closedOn: today });
    if (c.stage !== 'amber-notice') await this.alerts.raise(tx, 'case-closed', c, summaries.closed(c, outcome));
  }
}

/** A stage's deadline, in working days from the day the case entered it. */
export function dueFor(stage: EscalationStage, policy: EscalationPolicy, from: string): string | undefined {
  const n = daysAllowed(stage, policy);
  return n === undefined ? undefined : addDays(from, n, 'working', BANK_HOLIDAYS_ENGLAND_AND_WALES);
}
