import { Injectable } from '@nestjs/common';
import { ProviderAllocated } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { carerInScope } from '../domain/carer-scope';
import { UnknownProviderError } from '../domain/carer.errors';
import { CarerRepository } from './carer.repository';
import { Allocation, ProviderAllocations } from './provider-allocations.repository';
import { Scope } from '@carers/platform/auth';

/** A council officer allocates a carer to a consortium member, or moves them to another; the history is kept. */
@Injectable()
export class AllocateProviderHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
    private readonly allocations: ProviderAllocations,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async execute(scope: Scope, id: string, providerId: string, reason: string, by: string): Promise<Allocation[]> {
    const today = this.clock.today();
    return this.uow.run(scope.tenantId, async (tx) => {
      const current = carerInScope(scope, id, await this.carers.get(tx, id, true));
      if (!(await this.carers.isConsortiumMember(tx, providerId))) throw new UnknownProviderError(providerId);
      const carer = current.allocateTo(providerId);
      await this.carers.save(tx, carer);
      await this.allocations.move(tx, carer.id, { providerId, fromOn: today, reason, allocatedBy: by });
      await this.outbox.add(tx, ProviderAllocated, carer.id, carer.version, {
        carerId: carer.id,
        providerId,
        previousProviderId: current.details.providerId,
        allocatedOn: today,
      });
      return this.allocations.history(tx, carer.id);
    });
  }
}
