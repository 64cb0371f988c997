import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  EscalationCaseClosed,
  EscalationStage,
  EscalationStageChanged,
  CreditReversal,
  RemedialPlanStatusChanged,
  ServiceCreditAccrued,
  ServiceCreditReversed,
  ServiceCreditWithheld,
} from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { summaries } from '../domain/alert-summaries';
import { creditAfterCaps, creditIsAlerted, creditPrice, financialYearOf, settlementOnClose } from '../domain/credits';
import { dueFor } from '../domain/deadlines';
import { EscalationPolicy } from '../domain/escalation-policy';
import { Decision, stageIndex } from '../domain/ladder';
import { Actor, PerformanceCase } from '../domain/performance-case';
import { CaseRepository } from './case.repository';
import { ContractTermsRepository } from './contract-terms.repository';
import { CouncilCalendarRepository } from './council-calendar.repository';
import { RaiseBoardAlertHandler } from './raise-board-alert.handler';
import { RemedialPlanRepository } from './remedial-plan.repository';
import { RequestRemedialPlanHandler } from './request-remedial-plan.handler';
import { MonthCredit, ServiceCreditRepository } from './service-credit.repository';
import { ServeNoticeHandler } from './serve-notice.handler';
import { SettleServiceCreditHandler } from './settle-service-credit.handler';

/** Carries out the ladder's (or an officer's) decisions on a case, in order, re-reading the case after each (ADR 0009). */
@Injectable()
export class CarryOutDecisionsHandler {
  constructor(
    private readonly cases: CaseRepository,
    private readonly plans: RemedialPlanRepository,
    private readonly credits: ServiceCreditRepository,
    private readonly contracts: ContractTermsRepository,
    private readonly requestPlan: RequestRemedialPlanHandler,
    private readonly raiseAlert: RaiseBoardAlertHandler,
    private readonly settle: SettleServiceCreditHandler,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly calendars: CouncilCalendarRepository,
    private readonly serveNotice: ServeNoticeHandler,
  ) {}

  async execute(tx: Tx, c: PerformanceCase, decisions: Decision[], policy: EscalationPolicy, by: Actor): Promise<void> {
    let current = c;
    for (const d of decisions) {
      if (d.kind === 'move') await this.enterStage(tx, current, d.to, d.cause, policy, by);
      if (d.kind === 'acted-on') {
        // a month counts at the board only when the case was already there before this month moved it
        const atBoard = c.stage === 'board-referral' && d.period > current.actedOnPeriod ? 1 : 0;
        await this.cases.update(tx, c.id, { actedOnPeriod: d.period, breachedMonthsAtBoard: current.breachedMonthsAtBoard + atBoard });
      }
      if (d.kind === 'accrue') await this.accrue(tx, current, d.period, d.confirmed, policy);
      if (d.kind === 'reverse') await this.reverse(tx, current, d.period, d.reason, policy);
      if (d.kind === 'plan-failed') await this.planFailed(tx, current, d.cause);
      if (d.kind === 'close') await this.close(tx, current, d.outcome, policy, by);
      current = (await this.cases.byId(tx, c.id))!;
    }
  }

  private async enterStage(
    tx: Tx,
    c: PerformanceCase,
    to: EscalationStage,
    cause: string,
    policy: EscalationPolicy,
    by: Actor,
  ): Promise<void> {
    const today = this.clock.today();
    const dueOn = dueFor(to, policy, today, await this.calendars.calendar(tx));
    await this.cases.update(tx, c.id, { stage: to, stageEnteredOn: today, dueOn, policyVersion: policy.version });
    await this.cases.record(tx, c.id, today, {
      action: stageIndex(to) > stageIndex(c.stage) ? 'escalated' : 'de-escalated',
      from: c.stage,
      to,
      cause,
      actor: by.actor,
      reason: by.reason,
      withKpi: true,
      policyVersion: policy.version,
    });
    await this.outbox.add(tx, EscalationStageChanged, c.id, 0, {
      caseId: c.id,
      providerId: c.providerId,
      kpiId: c.kpiId,
      from: c.stage,
      to,
      movedBy: by.movedBy,
      cause,
      policyVersion: policy.version,
      dueOn,
    });
    const moved = { ...c, stage: to };
    if (stageIndex(to) > stageIndex(c.stage)) await this.serveNotice.within(tx, moved, to, c.stage, policy, by.actor);
    if (to === 'remedial-plan') await this.requestPlan.execute(tx, moved, dueOn!);
    if (to === 'board-referral') await this.raiseAlert.execute(tx, 'board-referral', moved, (n) => summaries.boardReferral(n, cause));
    if (to === 'contract-remedy') await this.raiseAlert.execute(tx, 'contract-remedy-recommended', moved, summaries.remedy);
  }

  /** A credit for the month: accrued on a provisional month, withheld at once on a confirmed one (ADR 0016). */
  private async accrue(tx: Tx, c: PerformanceCase, period: string, confirmed: boolean, policy: EscalationPolicy): Promise<void> {
    const existing = await this.credits.forMonth(tx, c.id, period);
    if (existing) {
      if (confirmed && existing.status === 'accrued') await this.withhold(tx, c, period, existing, policy);
      return;
    }
    const today = this.clock.today();
    const financialYear = financialYearOf(period);
    const sums = await this.credits.yearToDate(tx, c.providerId, c.kpiId, financialYear);
    const price = creditPrice(policy, await this.contracts.forHolder(tx, c.providerId, period));
    const { amountPence, uncappedPence, reachesCap } = creditAfterCaps(price, sums.kpi, sums.total);
    const creditId = randomUUID();
    await this.credits.accrue(tx, {
      id: creditId,
      caseId: c.id,
      providerId: c.providerId,
      kpiId: c.kpiId,
      period,
      financialYear,
      amountPence,
      uncappedPence,
      accruedOn: today,
      reachesCap,
      basis: price.basis,
    });
    await this.cases.record(tx, c.id, today, {
      action: 'credit-accrued',
      cause: `breached-${period}`,
      actor: 'ladder',
      reason: `${amountPence} pence (${uncappedPence} before caps; ${price.basis === 'fixed' ? "the policy's fixed sum" : "a share of the contract's monthly value"})`,
      withKpi: true,
      policyVersion: policy.version,
    });
    await this.outbox.add(tx, ServiceCreditAccrued, c.id, 0, {
      caseId: c.id,
      providerId: c.providerId,
      kpiId: c.kpiId,
      creditId,
      period,
      amountPence,
      uncappedPence,
    });
    if (confirmed) await this.withhold(tx, c, period, { id: creditId, status: 'accrued', amountPence, uncappedPence, reachesCap }, policy);
  }

  /** The month is confirmed in breach: the credit is withheld, counts towards the board, and the board hears of it if it moves money. */
  private async withhold(tx: Tx, c: PerformanceCase, period: string, credit: MonthCredit, policy: EscalationPolicy): Promise<void> {
    const today = this.clock.today();
    await this.credits.withhold(tx, credit.id, today);
    await this.cases.update(tx, c.id, { creditsAccrued: c.creditsAccrued + 1 });
    await this.cases.record(tx, c.id, today, {
      action: 'credit-withheld',
      cause: `confirmed-${period}`,
      actor: 'ladder',
      reason: `${credit.amountPence} pence`,
      withKpi: true,
      policyVersion: policy.version,
    });
    await this.outbox.add(tx, ServiceCreditWithheld, c.id, 0, {
      caseId: c.id,
      providerId: c.providerId,
      kpiId: c.kpiId,
      creditId: credit.id,
      period,
      amountPence: credit.amountPence,
    });
    if (creditIsAlerted(credit.amountPence))
      await this.raiseAlert.execute(tx, 'credit-withheld', c, (n) =>
        summaries.creditWithheld(n, period, credit.amountPence, credit.uncappedPence, credit.reachesCap),
      );
  }

  /** The month was cleared before it was confirmed: the accrued credit is reversed with the reason, and the board told once. */
  private async reverse(tx: Tx, c: PerformanceCase, period: string, reason: CreditReversal, policy: EscalationPolicy): Promise<void> {
    const credit = await this.credits.forMonth(tx, c.id, period);
    if (credit?.status !== 'accrued') return;
    const today = this.clock.today();
    await this.credits.reverse(tx, credit.id, reason, today);
    await this.cases.record(tx, c.id, today, {
      action: 'credit-reversed',
      cause: reason,
      actor: 'ladder',
      reason: `${credit.amountPence} pence`,
      withKpi: true,
      policyVersion: policy.version,
    });
    await this.outbox.add(tx, ServiceCreditReversed, c.id, 0, {
      caseId: c.id,
      providerId: c.providerId,
      kpiId: c.kpiId,
      creditId: credit.id,
      period,
      amountPence: credit.amountPence,
      reason,
    });
    if (creditIsAlerted(credit.amountPence))
      await this.raiseAlert.execute(tx, 'credit-reversed', c, (n) => summaries.creditReversed(n, period, credit.amountPence, reason));
  }

  private async planFailed(tx: Tx, c: PerformanceCase, cause: string): Promise<void> {
    const plan = await this.plans.failLatest(tx, c.id);
    if (plan)
      await this.outbox.add(tx, RemedialPlanStatusChanged, c.id, 0, {
        caseId: c.id,
        providerId: c.providerId,
        kpiId: c.kpiId,
        planId: plan.id,
        cycle: plan.cycle,
        status: 'failed',
      });
    await this.raiseAlert.execute(tx, 'plan-failed', c, (n) => summaries.planFailed(n, cause));
  }

  private async close(tx: Tx, c: PerformanceCase, outcome: 'recovered' | 'withdrawn', policy: EscalationPolicy, by: Actor): Promise<void> {
    const today = this.clock.today();
    await this.cases.update(tx, c.id, { status: 'closed', outcome, closedOn: today, dueOn: null });
    await this.plans.completeOpen(tx, c.id);
    await this.cases.record(tx, c.id, today, {
      action: 'closed',
      from: c.stage,
      cause: outcome,
      actor: by.actor,
      reason: by.reason,
      withKpi: true,
      policyVersion: policy.version,
    });
    // the credits still withheld are settled for good with the case (ADR 0018); the closing alert says how
    const settlement = settlementOnClose(policy, outcome);
    const held = await this.credits.unsettledOf(tx, c.id);
    const reason = `case closed, ${outcome}`;
    for (const credit of held) await this.settle.within(tx, c, credit, settlement, { actor: by.actor, reason, alert: false });
    await this.outbox.add(tx, EscalationCaseClosed, c.id, 0, {
      caseId: c.id,
      providerId: c.providerId,
      kpiId: c.kpiId,
      outcome,
      lastStage: c.stage,
      closedOn: today,
    });
    const settled = { settlement, count: held.length, pence: held.reduce((sum, h) => sum + h.amountPence, 0) };
    if (c.stage !== 'amber-notice') await this.raiseAlert.execute(tx, 'case-closed', c, (n) => summaries.closed(n, outcome, settled));
  }
}
