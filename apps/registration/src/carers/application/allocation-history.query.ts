import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { carerInScope } from '../domain/carer-scope';
import { CarerRepository } from './carer.repository';
import { Allocation, ProviderAllocations } from './provider-allocations.repository';
import { Scope } from '@carers/platform/auth';

/** The consortium members that supported a carer, oldest first. */
@Injectable()
export class AllocationHistoryQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
    private readonly allocations: ProviderAllocations,
  ) {}

  execute(scope: Scope, id: string): Promise<Allocation[]> {
    return this.uow.run(scope.tenantId, async (tx) =>
      this.allocations.history(tx, carerInScope(scope, id, await this.carers.get(tx, id)).id),
    );
  }
}
