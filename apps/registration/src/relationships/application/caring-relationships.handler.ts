import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CaringRelationshipEnded, CaringRelationshipStarted, DomainError } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { carerInScope } from '../../carers/application/carer-in-scope';
import { CARERS, CarerRepository } from '../../carers/application/carer.repository';
import { Clock } from '@carers/platform/service';
import { CarerScope } from '../../carers/application/get-carer.query';
import { CaringRelationship, InvalidRelationshipError } from '../domain/caring-relationship';
import { CaredForPerson, CaringRelationships, RelationshipView } from './caring-relationships';

class RelationshipNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `There is no caring relationship ${id} for this carer.`);
  }
}

export interface StartCaring {
  relationship: string;
  startedOn?: string;
  /** An existing person cared for (for example one who already has another carer), or a new one. */
  caredForId?: string;
  person?: Omit<CaredForPerson, 'id'>;
}

@Injectable()
export class CaringRelationshipsHandler {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(CARERS) private readonly carers: CarerRepository,
    private readonly relationships: CaringRelationships,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  start(scope: CarerScope, carerId: string, cmd: StartCaring): Promise<RelationshipView> {
    const today = this.clock.today();
    return this.uow.run(scope.tenantId, async (tx) => {
      const carer = await carerInScope(tx, this.carers, scope, carerId);
      if (carer.status !== 'active') throw new InvalidRelationshipError(`the carer is ${carer.status}`);
      let caredForId = cmd.caredForId;
      if (caredForId) {
        if (!(await this.relationships.personExists(tx, caredForId))) throw new InvalidRelationshipError(`there is no person cared for with id ${caredForId}`);
        if (await this.relationships.currentBetween(tx, carerId, caredForId)) throw new InvalidRelationshipError('this carer already cares for this person');
      } else if (cmd.person) {
        caredForId = randomUUID();
        await this.relationships.addPerson(tx, { id: caredForId, ...cmd.person });
      } else {
        throw new InvalidRelationshipError('give either caredForId or person');
      }
      const relationship = CaringRelationship.start(randomUUID(), carerId, caredForId, cmd.relationship, cmd.startedOn ?? today, today);
      await this.relationships.add(tx, relationship);
      await this.outbox.add(tx, CaringRelationshipStarted, carerId, carer.version, {
        relationshipId: relationship.id, carerId, caredForId, relationship: relationship.relationship, startedOn: relationship.startedOn,
      });
      return (await this.relationships.forCarer(tx, carerId)).find((r) => r.id === relationship.id)!;
    });
  }

  end(scope: CarerScope, carerId: string, relationshipId: string, endedOn?: string): Promise<RelationshipView> {
    const today = this.clock.today();
    return this.uow.run(scope.tenantId, async (tx) => {
      const carer = await carerInScope(tx, this.carers, scope, carerId);
      const current = await this.relationships.get(tx, relationshipId);
      if (!current || current.carerId !== carerId) throw new RelationshipNotFoundError(relationshipId);
      const ended = current.end(endedOn ?? today, today);
      await this.relationships.saveEnd(tx, ended);
      await this.outbox.add(tx, CaringRelationshipEnded, carerId, carer.version, {
        relationshipId, carerId, caredForId: ended.caredForId, endedOn: ended.endedOn!,
      });
      return (await this.relationships.forCarer(tx, carerId)).find((r) => r.id === relationshipId)!;
    });
  }

  list(scope: CarerScope, carerId: string): Promise<RelationshipView[]> {
    return this.uow.run(scope.tenantId, async (tx) => this.relationships.forCarer(tx, (await carerInScope(tx, this.carers, scope, carerId)).id));
  }
}
