import { Injectable } from '@nestjs/common';
import { CaringRelationshipEnded } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { CarerRepository } from '../../carers/application/carer.repository';
import { carerInScope } from '../../carers/domain/carer-scope';
import { RelationshipNotFoundError } from '../domain/caring-relationship.errors';
import { CaringRelationships, RelationshipView } from './caring-relationships.repository';
import { Scope } from '@carers/platform/auth';

/** Records that a carer stopped caring for a person, on a day. */
@Injectable()
export class EndCaringHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
    private readonly relationships: CaringRelationships,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  execute(scope: Scope, carerId: string, relationshipId: string, endedOn?: string): Promise<RelationshipView> {
    const today = this.clock.today();
    return this.uow.run(scope.tenantId, async (tx) => {
      const carer = carerInScope(scope, carerId, await this.carers.get(tx, carerId));
      const current = await this.relationships.get(tx, relationshipId);
      if (!current || current.carerId !== carerId) throw new RelationshipNotFoundError(relationshipId);
      const ended = current.end(endedOn ?? today, today);
      await this.relationships.saveEnd(tx, ended);
      await this.outbox.add(tx, CaringRelationshipEnded, carerId, carer.version, {
        relationshipId,
        carerId,
        caredForId: ended.caredForId,
        endedOn: ended.endedOn!,
      });
      return (await this.relationships.forCarer(tx, carerId)).find((r) => r.id === relationshipId)!;
    });
  }
}
