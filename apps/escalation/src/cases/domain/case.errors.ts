import { DomainError } from '@carers/contracts';

export class CaseNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `there is no case ${id}`);
  }
}

export class CaseClosedError extends DomainError {
  constructor() {
    super('illegal-state', 'the case is closed');
  }
}

/** An act the case's state does not allow now (already paused, no plan to decide on, ...). */
export class CaseStateError extends DomainError {
  constructor(reason: string) {
    super('illegal-state', reason);
  }
}

export class InvalidPlanError extends DomainError {
  constructor(reason: string) {
    super('invalid-plan', reason);
  }
}

export class InvalidMeetingError extends DomainError {
  constructor(reason: string) {
    super('invalid-meeting', reason);
  }
}

export class InvalidPolicyError extends DomainError {
  constructor(problems: string[]) {
    super('invalid-policy', problems.join('; '));
  }
}

export class PlanActionNotFoundError extends DomainError {
  constructor(actionId: string) {
    super('not-found', `the plan has no action ${actionId}`);
  }
}

export class CreditNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `there is no service credit ${id}`);
  }
}

export class AlertNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `there is no alert ${id}`);
  }
}

export class NoticeNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `there is no notice ${id}`);
  }
}
