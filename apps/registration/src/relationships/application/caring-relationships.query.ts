import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { CarerRepository } from '../../carers/application/carer.repository';
import { carerInScope } from '../../carers/domain/carer-scope';
import { CaringRelationships, RelationshipView } from './caring-relationships.repository';
import { Scope } from '@carers/platform/auth';

/** The people a carer cares for or cared for, oldest relationship first. */
@Injectable()
export class CaringRelationshipsQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
    private readonly relationships: CaringRelationships,
  ) {}

  execute(scope: Scope, carerId: string): Promise<RelationshipView[]> {
    return this.uow.run(scope.tenantId, async (tx) =>
      this.relationships.forCarer(tx, carerInScope(scope, carerId, await this.carers.get(tx, carerId)).id),
    );
  }
}
