import { Injectable } from '@nestjs/common';
import { addDays, BANK_HOLIDAYS_ENGLAND_AND_WALES, daysBetween } from '@carers/calendar';
import { DomainError, EscalationCasePaused, EscalationCaseResumed, EscalationStage, ServiceCreditAdjusted } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { CaseRecords, CaseRow } from './case-records';
import { Escalation } from './escalation';
import { EscalationPolicies } from './escalation-policies';
import { KpiMonths } from './kpi-months';

export interface Caller {
  subject: string;
  /** Set when the caller is a provider worker: they act only on their own cases. */
  providerId?: string;
}

/** What people do to a case: officers pause, resume, move and adjust credits; providers comment; every act recorded with its reason. */
@Injectable()
export class CaseActions {
  constructor(
    private readonly uow: UnitOfWork, private readonly cases: CaseRecords, private readonly escalation: Escalation, private readonly policies: EscalationPolicies,
    private readonly months: KpiMonths, private readonly outbox: Outbox, private readonly clock: Clock,
  ) {}

  pause(tenantId: string, caseId: string, relief: string, reason: string, who: Caller) {
    return this.uow.run(tenantId, async (tx) => {
      const c = await this.live(tx, caseId, who);
      if (c.status === 'paused') throw new DomainError('illegal-state', 'the case is already paused');
      await this.cases.update(tx, c.id, { status: 'paused', paused_on: this.clock.today() });
      await this.record(tx, c, 'paused', relief, reason, who);
      await this.outbox.add(tx, EscalationCasePaused, c.id, 0, { caseId: c.id, providerId: c.providerId, kpiId: c.kpiId, relief });
      return this.cases.byId(tx, c.id);
    });
  }

  /** Timers run again; the deadline moves by the working days the case was paused. */
  resume(tenantId: string, caseId: string, reason: string, who: Caller) {
    return this.uow.run(tenantId, async (tx) => {
      const c = await this.live(tx, caseId, who);
      if (c.status !== 'paused') throw new DomainError('illegal-state', 'the case is not paused');
      const today = this.clock.today();
      const pausedDays = daysBetween(c.pausedOn!, today, 'working', BANK_HOLIDAYS_ENGLAND_AND_WALES);
      const dueOn = c.dueOn ? addDays(c.dueOn, pausedDays, 'working', BANK_HOLIDAYS_ENGLAND_AND_WALES) : undefined;
      await this.cases.update(tx, c.id, { status: 'open', paused_on: null, due_on: dueOn });
      await this.record(tx, c, 'resumed', `paused-${pausedDays}-working-days`, reason, who);
      await this.outbox.add(tx, EscalationCaseResumed, c.id, 0, { caseId: c.id, providerId: c.providerId, kpiId: c.kpiId, dueOn });
      return this.cases.byId(tx, c.id);
    });
  }

  move(tenantId: string, caseId: string, to: EscalationStage, reason: string, who: Caller) {
    return this.uow.run(tenantId, async (tx) => {
      const c = await this.live(tx, caseId, who);
      if (c.stage === to) throw new DomainError('illegal-state', `the case is already at ${to}`);
      const policy = await this.policies.current(tx, c.providerId);
      await this.escalation.enterStage(tx, c, to, 'officer-decision', policy, { actor: who.subject, movedBy: 'council-officer', reason });
      return this.cases.byId(tx, c.id);
    });
  }

  /** The provider's commentary on an amber or breached KPI; it answers the amber notice's deadline. */
  comment(tenantId: string, caseId: string, commentary: string, who: Caller) {
    return this.uow.run(tenantId, async (tx) => {
      const c = await this.live(tx, caseId, who);
      await this.cases.update(tx, c.id, { commentary, ...(c.stage === 'amber-notice' ? { due_on: null } : {}) });
      await this.record(tx, c, 'commentary', 'provider-commentary', undefined, who);
      return this.cases.byId(tx, c.id);
    });
  }

  reviewMeetingHeld(tenantId: string, caseId: string, heldOn: string, who: Caller) {
    return this.uow.run(tenantId, async (tx) => {
      const c = await this.live(tx, caseId, who);
      if (heldOn > this.clock.today()) throw new DomainError('invalid-meeting', 'heldOn: a meeting is recorded once it has been held');
      await this.cases.update(tx, c.id, { review_meeting_on: heldOn, ...(c.stage === 'review-meeting' ? { due_on: null } : {}) });
      await this.record(tx, c, 'review-meeting-held', `held-${heldOn}`, undefined, who);
      return this.cases.byId(tx, c.id);
    });
  }

  /** Waive (to zero) or change a credit, with a reason; the credit keeps what it was first. */
  adjustCredit(tenantId: string, creditId: string, toPence: number, reason: string, who: Caller) {
    return this.uow.run(tenantId, async (tx) => {
      const [credit] = await tx.query(`SELECT id, case_id, amount_pence FROM service_credit WHERE id = $1 FOR UPDATE`, [creditId]);
      if (!credit) throw new DomainError('not-found', `there is no service credit ${creditId}`);
      const c = (await this.cases.byId(tx, credit.case_id))!;
      if (toPence === credit.amount_pence) throw new DomainError('illegal-state', `the credit is already ${toPence} pence`);
      await tx.query(`UPDATE service_credit SET amount_pence = $2, status = $3, adjusted_by = $4, adjustment_reason = $5 WHERE id = $1`,
        [creditId, toPence, toPence === 0 ? 'waived' : 'adjusted', who.subject, reason]);
      await this.record(tx, c, toPence === 0 ? 'credit-waived' : 'credit-adjusted', `credit-${creditId}`, `${credit.amount_pence} -> ${toPence} pence: ${reason}`, who);
      await this.outbox.add(tx, ServiceCreditAdjusted, c.id, 0, { caseId: c.id, providerId: c.providerId, kpiId: c.kpiId, creditId, fromPence: credit.amount_pence, toPence });
      const [after] = await tx.query(`SELECT id, amount_pence AS "amountPence", original_pence AS "originalPence", status FROM service_credit WHERE id = $1`, [creditId]);
      return after;
    });
  }

  private async live(tx: Tx, caseId: string, who: Caller): Promise<CaseRow> {
    const c = await this.cases.byId(tx, caseId);
    if (!c || (who.providerId && c.providerId !== who.providerId)) throw new DomainError('not-found', `there is no case ${caseId}`);
    if (c.status === 'closed') throw new DomainError('illegal-state', 'the case is closed');
    return c;
  }

  private async record(tx: Tx, c: CaseRow, action: string, cause: string, reason: string | undefined, who: Caller) {
    await this.cases.record(tx, c.id, this.clock.today(), {
      action, cause, actor: who.subject, reason, kpi: await this.months.snapshot(tx, c.providerId, c.kpiId), policyVersion: c.policyVersion,
    });
  }
}
