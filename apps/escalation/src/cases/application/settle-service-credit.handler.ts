import { Injectable } from '@nestjs/common';
import { CreditSettlement, ServiceCreditSettled } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { summaries } from '../domain/alert-summaries';
import { CaseStateError, CreditNotFoundError } from '../domain/case.errors';
import { creditIsAlerted, isUnsettled } from '../domain/credits';
import { actionable, Caller, PerformanceCase } from '../domain/performance-case';
import { CaseRepository } from './case.repository';
import { RaiseBoardAlertHandler } from './raise-board-alert.handler';
import { HeldCredit, ServiceCreditRepository } from './service-credit.repository';

/**
 * A withheld credit is settled for good (ADR 0018): released to the provider or retained from the payment, by a
 * council officer with a reason, or on its case closing. A release moves money back, so the board hears of it.
 */
@Injectable()
export class SettleServiceCreditHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly credits: ServiceCreditRepository,
    private readonly cases: CaseRepository,
    private readonly raiseAlert: RaiseBoardAlertHandler,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  execute(tenantId: string, creditId: string, settlement: CreditSettlement, reason: string, who: Caller) {
    return this.uow.run(tenantId, async (tx) => {
      const credit = await this.credits.forUpdate(tx, creditId);
      if (!credit) throw new CreditNotFoundError(creditId);
      const c = actionable(await this.cases.byId(tx, credit.caseId), credit.caseId, who);
      if (!isUnsettled(credit.status))
        throw new CaseStateError(`the credit is ${credit.status}: only a withheld credit can be released or retained`);
      await this.within(tx, c, credit, settlement, { actor: who.subject, reason, alert: settlement === 'released' });
      return { id: creditId, period: credit.period, amountPence: credit.amountPence, status: settlement, reason };
    });
  }

  async within(
    tx: Tx,
    c: PerformanceCase,
    credit: HeldCredit,
    settlement: CreditSettlement,
    by: { actor: string; reason: string; alert: boolean },
  ): Promise<void> {
    const today = this.clock.today();
    await this.credits.settle(tx, credit.id, { settlement, on: today, by: by.actor, reason: by.reason });
    await this.cases.record(tx, c.id, today, {
      action: settlement === 'released' ? 'credit-released' : 'credit-retained',
      cause: `credit-${credit.id}`,
      actor: by.actor,
      reason: `${credit.amountPence} pence for ${credit.period}: ${by.reason}`,
      withKpi: false,
      policyVersion: c.policyVersion,
    });
    await this.outbox.add(tx, ServiceCreditSettled, c.id, 0, {
      caseId: c.id,
      providerId: c.providerId,
      kpiId: c.kpiId,
      creditId: credit.id,
      period: credit.period,
      amountPence: credit.amountPence,
      settlement,
    });
    if (by.alert && creditIsAlerted(credit.amountPence))
      await this.raiseAlert.execute(tx, 'credit-released', c, (n) => summaries.creditReleased(n, credit.period, credit.amountPence));
  }
}
