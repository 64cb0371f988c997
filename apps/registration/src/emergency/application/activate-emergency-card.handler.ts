import { Injectable } from '@nestjs/common';
import { EmergencyPlanActivated } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { CarerRepository } from '../../carers/application/carer.repository';
import { EmergencyCardNotFoundError } from '../domain/emergency-plan.errors';
import { EmergencyPlanRepository } from './emergency-plan.repository';
import { CardUse, openCard } from './look-up-emergency-card.handler';

/** A responder activates the plan on the 24/7 line. Every activation is recorded, whoever made it, and so is every refused one. */
@Injectable()
export class ActivateEmergencyCardHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly plans: EmergencyPlanRepository,
    private readonly carers: CarerRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute(use: CardUse) {
    const plan = await this.uow.run(use.tenantId, async (tx) => {
      const plan = await openCard(tx, this.plans, use, 'activation');
      if (!plan) return undefined;
      const carer = await this.carers.get(tx, plan.carerId);
      await this.outbox.add(tx, EmergencyPlanActivated, plan.carerId, plan.version, {
        planId: plan.id,
        carerId: plan.carerId,
        providerId: carer?.details.providerId,
        activatedAt: new Date().toISOString(),
      });
      return plan;
    });
    if (!plan) throw new EmergencyCardNotFoundError();
    return { cardNumber: use.cardNumber, ...plan.minimalView() };
  }
}
