import { DomainError } from '@carers/contracts';

export class InvalidCarerError extends DomainError {
  constructor(reason: string) {
    super('invalid-carer', reason);
  }
}

export class DuplicateCarerError extends DomainError {
  constructor(existingId: string) {
    super('duplicate', 'This person is already on the register.', { existingId });
  }
}

export class UnknownAreaBoardError extends DomainError {
  constructor(code: string) {
    super('unknown-area-board', `"${code}" is not one of this council's area boards.`);
  }
}

export class UnknownProviderError extends DomainError {
  constructor(providerId: string) {
    super('unknown-provider', `"${providerId}" is not a member of this council's consortium.`);
  }
}
