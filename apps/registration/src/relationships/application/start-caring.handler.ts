import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CaringRelationshipStarted } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { CarerRepository } from '../../carers/application/carer.repository';
import { carerInScope } from '../../carers/domain/carer-scope';
import { CaringRelationship } from '../domain/caring-relationship';
import { CaredForPersonNotFoundError, InvalidRelationshipError } from '../domain/caring-relationship.errors';
import { CaredForPerson, CaringRelationships, RelationshipView } from './caring-relationships.repository';
import { Scope } from '@carers/platform/auth';

export interface StartCaring {
  relationship: string;
  startedOn?: string;
  /** An existing person cared for (for example one who already has another carer), or a new one. */
  caredForId?: string;
  person?: Omit<CaredForPerson, 'id'>;
}

/**
 * Records that a carer cares for a person, new to the register or already on it. A provider worker may link its carer
 * to a person already on the register only when one of its provider's carers already cares (or cared) for them.
 */
@Injectable()
export class StartCaringHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
    private readonly relationships: CaringRelationships,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  execute(scope: Scope, carerId: string, cmd: StartCaring): Promise<RelationshipView> {
    const today = this.clock.today();
    return this.uow.run(scope.tenantId, async (tx) => {
      const carer = carerInScope(scope, carerId, await this.carers.get(tx, carerId));
      if (carer.status !== 'active') throw new InvalidRelationshipError(`the carer is ${carer.status}`);
      let caredForId = cmd.caredForId;
      if (caredForId) {
        // a provider worker links only people its provider's carers already care for; anyone else is an officer's to link
        if (!(await this.relationships.personInScope(tx, scope, caredForId))) throw new CaredForPersonNotFoundError(caredForId);
        if (await this.relationships.currentBetween(tx, carerId, caredForId))
          throw new InvalidRelationshipError('this carer already cares for this person');
      } else if (cmd.person) {
        caredForId = randomUUID();
        await this.relationships.addPerson(tx, { id: caredForId, ...cmd.person });
      } else {
        throw new InvalidRelationshipError('give either caredForId or person');
      }
      const relationship = CaringRelationship.start(randomUUID(), carerId, caredForId, cmd.relationship, cmd.startedOn ?? today, today);
      await this.relationships.add(tx, relationship);
      await this.outbox.add(tx, CaringRelationshipStarted, carerId, carer.version, {
        relationshipId: relationship.id,
        carerId,
        caredForId,
        relationship: relationship.relationship,
        startedOn: relationship.startedOn,
      });
      return (await this.relationships.forCarer(tx, carerId)).find((r) => r.id === relationship.id)!;
    });
  }
}
