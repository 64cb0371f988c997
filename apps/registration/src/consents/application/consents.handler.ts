import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConsentChanged, DomainError } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { carerInScope } from '../../carers/application/carer-in-scope';
import { CARERS, CarerRepository } from '../../carers/application/carer.repository';
import { Clock } from '@carers/platform/service';
import { CarerScope } from '../../carers/application/get-carer.query';
import { Consent, ConsentRuleError } from '../domain/consent';
import { Consents } from './consents';

class ConsentNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `There is no consent ${id} for this carer.`);
  }
}

class ConsentAlreadyGivenError extends DomainError {
  constructor(existing: Consent) {
    super('duplicate', `Consent for ${existing.purpose} was already given on ${existing.givenOn}.`, { existingId: existing.id });
  }
}

@Injectable()
export class ConsentsHandler {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(CARERS) private readonly carers: CarerRepository,
    private readonly consents: Consents,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  give(scope: CarerScope, carerId: string, purpose: string, lawfulBasis: string, by: string, givenOn?: string): Promise<Consent> {
    const today = this.clock.today();
    return this.uow.run(scope.tenantId, async (tx) => {
      const carer = await carerInScope(tx, this.carers, scope, carerId);
      if (carer.status !== 'active') throw new ConsentRuleError(`the carer is ${carer.status}`);
      const existing = await this.consents.currentFor(tx, carerId, purpose);
      if (existing) throw new ConsentAlreadyGivenError(existing);
      const consent = Consent.give(randomUUID(), carerId, purpose, lawfulBasis, givenOn ?? today, by, today);
      await this.consents.add(tx, consent);
      await this.announce(tx, consent, carer.version, 'given', consent.givenOn);
      return consent;
    });
  }

  withdraw(scope: CarerScope, carerId: string, consentId: string, withdrawnOn?: string): Promise<Consent> {
    const today = this.clock.today();
    return this.uow.run(scope.tenantId, async (tx) => {
      const carer = await carerInScope(tx, this.carers, scope, carerId);
      const current = await this.consents.get(tx, consentId);
      if (!current || current.carerId !== carerId) throw new ConsentNotFoundError(consentId);
      const consent = current.withdraw(withdrawnOn ?? today, today);
      await this.consents.saveWithdrawal(tx, consent);
      await this.announce(tx, consent, carer.version, 'withdrawn', consent.withdrawnOn!);
      return consent;
    });
  }

  list(scope: CarerScope, carerId: string): Promise<Consent[]> {
    return this.uow.run(scope.tenantId, async (tx) => this.consents.forCarer(tx, (await carerInScope(tx, this.carers, scope, carerId)).id));
  }

  private announce(tx: Tx, consent: Consent, carerVersion: number, status: 'given' | 'withdrawn', on: string) {
    return this.outbox.add(tx, ConsentChanged, consent.carerId, carerVersion, {
      carerId: consent.carerId, consentId: consent.id, purpose: consent.purpose, lawfulBasis: consent.lawfulBasis, status, changedOn: on,
    });
  }
}
