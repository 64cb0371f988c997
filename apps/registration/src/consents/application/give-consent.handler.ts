import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConsentChanged } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { CarerRepository } from '../../carers/application/carer.repository';
import { carerInScope } from '../../carers/domain/carer-scope';
import { Consent } from '../domain/consent';
import { ConsentAlreadyGivenError, ConsentRuleError } from '../domain/consent.errors';
import { Consents } from './consents.repository';
import { Scope } from '@carers/platform/auth';

export interface GiveConsent {
  purpose: string;
  lawfulBasis: string;
  /** Who recorded it (token subject). */
  by: string;
  givenOn?: string;
}

/** Records a carer's consent for a purpose; only one consent for a purpose is current at a time. */
@Injectable()
export class GiveConsentHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
    private readonly consents: Consents,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  execute(scope: Scope, carerId: string, cmd: GiveConsent): Promise<Consent> {
    const today = this.clock.today();
    return this.uow.run(scope.tenantId, async (tx) => {
      const carer = carerInScope(scope, carerId, await this.carers.get(tx, carerId));
      if (carer.status !== 'active') throw new ConsentRuleError(`the carer is ${carer.status}`);
      const existing = await this.consents.currentFor(tx, carerId, cmd.purpose);
      if (existing) throw new ConsentAlreadyGivenError(existing.purpose, existing.givenOn, existing.id);
      const consent = Consent.give(randomUUID(), carerId, cmd.purpose, cmd.lawfulBasis, cmd.givenOn ?? today, cmd.by, today);
      await this.consents.add(tx, consent);
      await this.outbox.add(tx, ConsentChanged, consent.carerId, carer.version, {
        carerId: consent.carerId,
        consentId: consent.id,
        purpose: consent.purpose,
        lawfulBasis: consent.lawfulBasis,
        status: 'given',
        changedOn: consent.givenOn,
      });
      return consent;
    });
  }
}
