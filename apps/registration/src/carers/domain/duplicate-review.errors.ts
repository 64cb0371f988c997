import { DomainError } from '@carers/contracts';

export class ReviewNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `There is no duplicate review ${id}.`);
  }
}

export class ReviewClosedError extends DomainError {
  constructor(status: string) {
    super('illegal-state', `This review was already resolved (${status}).`);
  }
}

export class NotInReviewError extends DomainError {
  constructor() {
    super('invalid-survivor', 'survivorId must be one of the two records under review');
  }
}
