import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { CarerRepository } from '../../carers/application/carer.repository';
import { Carer } from '../../carers/domain/carer';
import { carerInScope } from '../../carers/domain/carer-scope';
import { councilScope } from '@carers/platform/auth';

/** Puts a carer's record under a legal hold (it must not be erased), or releases it with no reason. */
@Injectable()
export class SetLegalHoldHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
  ) {}

  execute(tenantId: string, carerId: string, reason: string | undefined): Promise<Carer> {
    return this.uow.run(tenantId, async (tx) => {
      const carer = carerInScope(councilScope(tenantId), carerId, await this.carers.get(tx, carerId, true)).hold(reason);
      await this.carers.save(tx, carer);
      return carer;
    });
  }
}
