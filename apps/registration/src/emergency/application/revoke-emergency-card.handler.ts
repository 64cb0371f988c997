import { Injectable } from '@nestjs/common';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { cardToRevoke } from '../domain/emergency-card';
import { EmergencyPlan } from '../domain/emergency-plan';
import { EmergencyPlanNotFoundError } from '../domain/emergency-plan.errors';
import { EmergencyPlanRepository } from './emergency-plan.repository';

export interface ChangeEmergencyCard {
  tenantId: string;
  carerId: string;
  /** The council officer (token subject). */
  by: string;
  reason: string;
}

/** The carer's emergency plan; row-level security makes another council's carer's plan one that does not exist. */
export async function planOf(tx: Tx, plans: EmergencyPlanRepository, carerId: string): Promise<EmergencyPlan> {
  const plan = await plans.forCarer(tx, carerId);
  if (!plan) throw new EmergencyPlanNotFoundError(carerId);
  return plan;
}

/**
 * A council officer stops the carer's card (lost, stolen, or the carer no longer wants one) without giving a new one:
 * from then on its number opens nothing, and every try with it is recorded as a refusal on the plan.
 */
@Injectable()
export class RevokeEmergencyCardHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly plans: EmergencyPlanRepository,
  ) {}

  execute(cmd: ChangeEmergencyCard): Promise<{ revokedAt: string }> {
    return this.uow.run(cmd.tenantId, async (tx) => {
      const plan = await planOf(tx, this.plans, cmd.carerId);
      const card = cardToRevoke(cmd.carerId, await this.plans.cardInUse(tx, plan.id));
      const revoked = await this.plans.revokeCard(tx, card.id, cmd.by, cmd.reason);
      return { revokedAt: revoked.revokedAt! };
    });
  }
}
