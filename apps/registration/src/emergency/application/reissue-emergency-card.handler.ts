import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { newCardNumber } from '../domain/card-number';
import { EmergencyPlanRepository } from './emergency-plan.repository';
import { ChangeEmergencyCard, planOf } from './revoke-emergency-card.handler';

/**
 * A council officer gives the carer a new card (the old one lost, seen by someone it should not have been, or worn
 * out): the card in use, if any, is revoked in the same transaction, so from then on only the new number opens the
 * plan. The new number is answered this once, to be printed.
 */
@Injectable()
export class ReissueEmergencyCardHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly plans: EmergencyPlanRepository,
  ) {}

  execute(cmd: ChangeEmergencyCard): Promise<{ cardNumber: string; issuedAt: string }> {
    return this.uow.run(cmd.tenantId, async (tx) => {
      const plan = await planOf(tx, this.plans, cmd.carerId);
      const current = await this.plans.cardInUse(tx, plan.id);
      if (current) await this.plans.revokeCard(tx, current.id, cmd.by, `reissued: ${cmd.reason}`);
      const cardNumber = newCardNumber(randomBytes);
      const card = await this.plans.issueCard(tx, plan.id, cardNumber);
      return { cardNumber, issuedAt: card.issuedAt };
    });
  }
}
