import { Injectable } from '@nestjs/common';
import { ConsentChanged } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { CarerRepository } from '../../carers/application/carer.repository';
import { carerInScope } from '../../carers/domain/carer-scope';
import { Consent } from '../domain/consent';
import { ConsentNotFoundError } from '../domain/consent.errors';
import { Consents } from './consents.repository';
import { Scope } from '@carers/platform/auth';

/** Records that a carer withdrew a consent, on a day; the consent stays on the record. */
@Injectable()
export class WithdrawConsentHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
    private readonly consents: Consents,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  execute(scope: Scope, carerId: string, consentId: string, withdrawnOn?: string): Promise<Consent> {
    const today = this.clock.today();
    return this.uow.run(scope.tenantId, async (tx) => {
      const carer = carerInScope(scope, carerId, await this.carers.get(tx, carerId));
      const current = await this.consents.get(tx, consentId);
      if (!current || current.carerId !== carerId) throw new ConsentNotFoundError(consentId);
      const consent = current.withdraw(withdrawnOn ?? today, today);
      await this.consents.saveWithdrawal(tx, consent);
      await this.outbox.add(tx, ConsentChanged, consent.carerId, carer.version, {
        carerId: consent.carerId,
        consentId: consent.id,
        purpose: consent.purpose,
        lawfulBasis: consent.lawfulBasis,
        status: 'withdrawn',
        changedOn: consent.withdrawnOn!,
      });
      return consent;
    });
  }
}
