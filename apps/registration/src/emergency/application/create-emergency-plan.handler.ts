import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EmergencyPlanCreated } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { CarerRepository } from '../../carers/application/carer.repository';
import { Clock } from '@carers/platform/service';
import { CarerNotFoundError } from '../../carers/domain/carer.errors';
import { newCardNumber } from '../domain/card-number';
import { CaredForNeeds, EmergencyContact, EmergencyPlan } from '../domain/emergency-plan';
import { EmergencyPlanExistsError } from '../domain/emergency-plan.errors';
import { EmergencyPlanRepository } from './emergency-plan.repository';

export interface CreateEmergencyPlan {
  tenantId: string;
  carerId: string;
  contacts: EmergencyContact[];
  needs: CaredForNeeds;
  contingencyHours?: number;
}

/** The plan, and its card's number: shown this once, to be printed; the register keeps only a keyed hash of it. */
export interface CreatedEmergencyPlan {
  plan: EmergencyPlan;
  cardNumber: string;
}

@Injectable()
export class CreateEmergencyPlanHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
    private readonly plans: EmergencyPlanRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  execute(cmd: CreateEmergencyPlan): Promise<CreatedEmergencyPlan> {
    return this.uow.run(cmd.tenantId, async (tx) => {
      const carer = await this.carers.get(tx, cmd.carerId);
      if (!carer) throw new CarerNotFoundError(cmd.carerId);
      if (await this.plans.forCarer(tx, cmd.carerId)) throw new EmergencyPlanExistsError(cmd.carerId);
      const plan = EmergencyPlan.create({ ...cmd, id: randomUUID() }, this.clock.today());
      await this.plans.add(tx, plan);
      const cardNumber = newCardNumber(randomBytes);
      await this.plans.issueCard(tx, plan.id, cardNumber);
      await this.outbox.add(tx, EmergencyPlanCreated, plan.carerId, plan.version, {
        planId: plan.id,
        carerId: plan.carerId,
        providerId: carer.details.providerId,
        contactCount: plan.contacts.length,
        createdOn: plan.createdOn,
        reviewDueOn: plan.reviewDueOn,
      });
      return { plan, cardNumber };
    });
  }
}
