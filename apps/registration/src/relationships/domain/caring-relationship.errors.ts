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

/**
 * Whether the person is not on the register or is one the caller may not reach (for a provider worker, a person none
 * of its provider's carers cares for), the answer is the same, so an id found elsewhere tells nothing (issue 21,
 * finding 11).
 */
export class CaredForPersonNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `There is no person cared for with id ${id}.`);
  }
}
