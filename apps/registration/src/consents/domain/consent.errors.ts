import { DomainError } from '@carers/contracts';

export class ConsentRuleError extends DomainError {
  constructor(reason: string) {
    super('invalid-consent', reason);
  }
}

export class ConsentNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `There is no consent ${id} for this carer.`);
  }
}

export class ConsentAlreadyGivenError extends DomainError {
  constructor(purpose: string, givenOn: string, existingId: string) {
    super('duplicate', `Consent for ${purpose} was already given on ${givenOn}.`, { existingId });
  }
}
