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

/** Also what a provider worker is told of an assessment not delegated to their provider: they never learn it exists. */
export class AssessmentNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `There is no assessment ${id}.`);
  }
}

export class UnknownCarerError extends DomainError {
  constructor(carerId: string) {
    super('unknown-carer', `carer ${carerId} is not on this council's register (or its registration has not reached assessments yet)`);
  }
}

export class NoDeterminationError extends DomainError {
  constructor() {
    super('illegal-state', 'this assessment has no eligibility determination (not completed, or a kind that makes none)');
  }
}

/** Optimistic concurrency: the version read is no longer the latest. */
export class AssessmentConflictError extends DomainError {
  constructor(id: string) {
    super('conflict', `assessment ${id} was changed by someone else at the same time; read it again and retry`);
  }
}

export class ClosureDayNotFoundError extends DomainError {
  constructor(day: string) {
    super('not-found', `the council has no closure day on ${day}`);
  }
}
