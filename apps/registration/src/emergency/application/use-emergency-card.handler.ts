import { Inject, Injectable } from '@nestjs/common';
import { EmergencyPlanActivated } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { CARERS, CarerRepository } from '../../carers/application/carer.repository';
import { EmergencyCardNotFoundError } from '../domain/emergency-plan.errors';
import { EMERGENCY_PLANS, EmergencyPlanRepository } from './emergency-plan.repository';

export interface CardUse {
  tenantId: string;
  cardNumber: string;
  bySubject: string;
  byRole: string;
  reason?: string;
}

/** The 24/7 card lookup and activation. Every use is recorded, whoever made it. */
@Injectable()
export class UseEmergencyCardHandler {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(EMERGENCY_PLANS) private readonly plans: EmergencyPlanRepository,
    @Inject(CARERS) private readonly carers: CarerRepository,
    private readonly outbox: Outbox,
  ) {}

  lookUp(use: CardUse) {
    return this.uow.run(use.tenantId, async (tx) => {
      const plan = await this.plans.byCardNumber(tx, use.cardNumber);
      if (!plan) throw new EmergencyCardNotFoundError();
      await this.plans.recordAccess(tx, { planId: plan.id, action: 'lookup', bySubject: use.bySubject, byRole: use.byRole });
      return plan.minimalView();
    });
  }

  activate(use: CardUse) {
    return this.uow.run(use.tenantId, async (tx) => {
      const plan = await this.plans.byCardNumber(tx, use.cardNumber);
      if (!plan) throw new EmergencyCardNotFoundError();
      await this.plans.recordAccess(tx, { planId: plan.id, action: 'activation', bySubject: use.bySubject, byRole: use.byRole, reason: use.reason });
      const carer = await this.carers.get(tx, plan.carerId);
      await this.outbox.add(tx, EmergencyPlanActivated, plan.carerId, plan.version, {
        planId: plan.id, carerId: plan.carerId, providerId: carer?.details.providerId, activatedAt: new Date().toISOString(),
      });
      return plan.minimalView();
    });
  }
}
