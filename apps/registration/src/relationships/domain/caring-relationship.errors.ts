import { DomainError } from '@carers/contracts';

export class InvalidRelationshipError extends DomainError {
  constructor(reason: string) {
    super('invalid-relationship', reason);
  }
}

export class RelationshipNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `There is no caring relationship ${id} for this carer.`);
  }
}
