import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { EmergencyCardNotFoundError } from '../domain/emergency-plan.errors';
import { EmergencyPlanRepository } from './emergency-plan.repository';

export interface CardUse {
  tenantId: string;
  cardNumber: string;
  bySubject: string;
  byRole: string;
  reason?: string;
}

/** The 24/7 card lookup: what a responder needs to know, nothing else. Every lookup is recorded, whoever made it. */
@Injectable()
export class LookUpEmergencyCardHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly plans: EmergencyPlanRepository,
  ) {}

  execute(use: CardUse) {
    return this.uow.run(use.tenantId, async (tx) => {
      const plan = await this.plans.byCardNumber(tx, use.cardNumber);
      if (!plan) throw new EmergencyCardNotFoundError();
      await this.plans.recordAccess(tx, { planId: plan.id, action: 'lookup', bySubject: use.bySubject, byRole: use.byRole });
      return plan.minimalView();
    });
  }
}
