import { DomainError } from '@carers/contracts';

/** The step does not fit where the assessment is (completing one never commenced, contacting one refused). */
export class IllegalTransitionError extends DomainError {
  constructor(reason: string) {
    super('illegal-state', reason);
  }
}

export class IncompleteAssessmentError extends DomainError {
  constructor(missing: string[]) {
    super('incomplete-assessment', `the assessment does not yet cover: ${missing.join(', ')}`, { missing });
  }
}

export class InvalidAssessmentError extends DomainError {
  constructor(reason: string) {
    super('invalid-assessment', reason);
  }
}

export class NotDelegatedError extends DomainError {
  constructor(providerId: string) {
    super('not-delegated', `this assessment is not delegated to ${providerId}`);
  }
}
