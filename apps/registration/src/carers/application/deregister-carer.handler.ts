import { Inject, Injectable } from '@nestjs/common';
import { CarerDeregistered, DeregistrationReason } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { Carer } from '../domain/carer';
import { carerInScope } from './carer-in-scope';
import { CARERS, CarerRepository } from './carer.repository';
import { Clock } from '@carers/platform/service';
import { CarerScope } from './get-carer.query';

@Injectable()
export class DeregisterCarerHandler {
  constructor(private readonly uow: UnitOfWork, @Inject(CARERS) private readonly carers: CarerRepository, private readonly outbox: Outbox, private readonly clock: Clock) {}

  async execute(scope: CarerScope, id: string, reason: DeregistrationReason, on?: string): Promise<Carer> {
    const day = on ?? this.clock.today();
    return this.uow.run(scope.tenantId, async (tx) => {
      const carer = (await carerInScope(tx, this.carers, scope, id, true)).deregister(reason, day);
      await this.carers.save(tx, carer);
      await this.outbox.add(tx, CarerDeregistered, carer.id, carer.version, {
        carerId: carer.id, reason, providerId: carer.details.providerId, deregisteredOn: day,
      });
      return carer;
    });
  }
}
