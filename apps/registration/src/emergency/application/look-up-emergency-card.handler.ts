import { Injectable } from '@nestjs/common';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { EmergencyPlan } from '../domain/emergency-plan';
import { EmergencyCardNotFoundError } from '../domain/emergency-plan.errors';
import { CardAccess, EmergencyPlanRepository } from './emergency-plan.repository';

export interface CardUse {
  tenantId: string;
  cardNumber: string;
  bySubject: string;
  byRole: string;
  reason?: string;
}

/**
 * The plan a card in use opens, with the use recorded; or, for an unknown or revoked number, nothing, with the refusal
 * recorded (who, when, and the plan of a revoked card; never the number). The caller answers a refusal only after
 * this transaction commits, so the record of it stays.
 */
export async function openCard(
  tx: Tx,
  plans: EmergencyPlanRepository,
  use: CardUse,
  action: CardAccess['action'],
): Promise<EmergencyPlan | undefined> {
  const found = await plans.byCardNumber(tx, use.cardNumber);
  const who = { bySubject: use.bySubject, byRole: use.byRole };
  if (!found || found.card.revokedAt) {
    await plans.recordRefusal(tx, { action, ...who, reason: found ? 'revoked-card' : 'unknown-card', planId: found?.plan.id });
    return undefined;
  }
  await plans.recordAccess(tx, { planId: found.plan.id, action, ...who, reason: use.reason });
  return found.plan;
}

/** The 24/7 card lookup: what a responder needs to know, nothing else. Every lookup is recorded, whoever made it, and whatever it found. */
@Injectable()
export class LookUpEmergencyCardHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly plans: EmergencyPlanRepository,
  ) {}

  async execute(use: CardUse) {
    const plan = await this.uow.run(use.tenantId, (tx) => openCard(tx, this.plans, use, 'lookup'));
    if (!plan) throw new EmergencyCardNotFoundError();
    return { cardNumber: use.cardNumber, ...plan.minimalView() };
  }
}
