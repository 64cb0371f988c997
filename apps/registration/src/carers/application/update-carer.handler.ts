import { Injectable } from '@nestjs/common';
import { CarerUpdated } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { Carer, CarerDetails } from '../domain/carer';
import { carerInScope } from '../domain/carer-scope';
import { UnknownAreaBoardError } from '../domain/carer.errors';
import { CarerRepository } from './carer.repository';
import { Scope } from '@carers/platform/auth';

@Injectable()
export class UpdateCarerHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async execute(scope: Scope, id: string, changes: Partial<Omit<CarerDetails, 'providerId'>>): Promise<Carer> {
    const today = this.clock.today();
    return this.uow.run(scope.tenantId, async (tx) => {
      const current = carerInScope(scope, id, await this.carers.get(tx, id, true));
      if (changes.areaBoard && !(await this.carers.isAreaBoard(tx, changes.areaBoard))) throw new UnknownAreaBoardError(changes.areaBoard);
      const { carer, changedFields } = current.update(changes, today);
      if (!changedFields.length) return current;
      await this.carers.save(tx, carer);
      await this.outbox.add(tx, CarerUpdated, carer.id, carer.version, {
        carerId: carer.id,
        changedFields,
        kind: carer.details.kind,
        ageBand: carer.ageBandOn(today),
        areaBoard: carer.details.areaBoard,
        hoursBand: carer.details.hoursBand,
        providerId: carer.details.providerId,
        gpConsent: carer.details.gpConsent,
        updatedOn: today,
      });
      return carer;
    });
  }
}
