import { InvalidRelationshipError } from './caring-relationship.errors';

/** A carer caring for one person, from a day until (perhaps) a later day. */
export class CaringRelationship {
  constructor(
    readonly id: string,
    readonly carerId: string,
    readonly caredForId: string,
    readonly relationship: string,
    readonly startedOn: string,
    readonly endedOn?: string,
  ) {}

  static start(
    id: string,
    carerId: string,
    caredForId: string,
    relationship: string,
    startedOn: string,
    today: string,
  ): CaringRelationship {
    if (startedOn > today) throw new InvalidRelationshipError('startedOn cannot be in the future');
    return new CaringRelationship(id, carerId, caredForId, relationship, startedOn);
  }

  end(endedOn: string, today: string): CaringRelationship {
    if (this.endedOn) throw new InvalidRelationshipError(`this relationship already ended on ${this.endedOn}`);
    if (endedOn < this.startedOn) throw new InvalidRelationshipError('endedOn is before the relationship started');
    if (endedOn > today) throw new InvalidRelationshipError('endedOn cannot be in the future');
    return new CaringRelationship(this.id, this.carerId, this.caredForId, this.relationship, this.startedOn, endedOn);
  }
}
