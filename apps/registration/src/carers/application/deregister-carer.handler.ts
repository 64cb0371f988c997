import { Injectable } from '@nestjs/common';
import { CarerDeregistered, DeregistrationReason } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { Carer } from '../domain/carer';
import { carerInScope } from '../domain/carer-scope';
import { CarerRepository } from './carer.repository';
import { Scope } from '@carers/platform/auth';

@Injectable()
export class DeregisterCarerHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async execute(scope: Scope, id: string, reason: DeregistrationReason, on?: string): Promise<Carer> {
    const day = on ?? this.clock.today();
    return this.uow.run(scope.tenantId, async (tx) => {
      const carer = carerInScope(scope, id, await this.carers.get(tx, id, true)).deregister(reason, day);
      await this.carers.save(tx, carer);
      await this.outbox.add(tx, CarerDeregistered, carer.id, carer.version, {
        carerId: carer.id,
        reason,
        providerId: carer.details.providerId,
        deregisteredOn: day,
      });
      return carer;
    });
  }
}
