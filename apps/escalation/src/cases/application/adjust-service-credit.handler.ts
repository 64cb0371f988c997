import { Injectable } from '@nestjs/common';
import { ServiceCreditAdjusted } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { CaseStateError, CreditNotFoundError } from '../domain/case.errors';
import { Caller } from '../domain/performance-case';
import { CaseRepository } from './case.repository';
import { ServiceCreditRepository } from './service-credit.repository';

/** Waive (to zero) or change a credit, with a reason; the credit keeps what it was first. */
@Injectable()
export class AdjustServiceCreditHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly credits: ServiceCreditRepository,
    private readonly cases: CaseRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  execute(tenantId: string, creditId: string, toPence: number, reason: string, who: Caller) {
    return this.uow.run(tenantId, async (tx) => {
      const credit = await this.credits.forUpdate(tx, creditId);
      if (!credit) throw new CreditNotFoundError(creditId);
      const c = (await this.cases.byId(tx, credit.caseId))!;
      if (toPence === credit.amountPence) throw new CaseStateError(`the credit is already ${toPence} pence`);
      const waived = toPence === 0;
      const after = await this.credits.adjust(tx, creditId, { toPence, status: waived ? 'waived' : 'adjusted', by: who.subject, reason });
      await this.cases.record(tx, c.id, this.clock.today(), {
        action: waived ? 'credit-waived' : 'credit-adjusted',
        cause: `credit-${creditId}`,
        actor: who.subject,
        reason: `${credit.amountPence} -> ${toPence} pence: ${reason}`,
        withKpi: true,
        policyVersion: c.policyVersion,
      });
      await this.outbox.add(tx, ServiceCreditAdjusted, c.id, 0, {
        caseId: c.id,
        providerId: c.providerId,
        kpiId: c.kpiId,
        creditId,
        fromPence: credit.amountPence,
        toPence,
      });
      return after;
    });
  }
}
