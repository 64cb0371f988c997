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

/** The action does not fit where the record is in its life (deregistered, merged, anonymised, held). */
export class CarerStateError extends DomainError {
  constructor(reason: string) {
    super('illegal-state', reason);
  }
}

export class ConcurrentChangeError extends DomainError {
  constructor(id: string) {
    super('conflict', `Carer ${id} was changed by someone else at the same time; read it again and retry.`);
  }
}

export class CarerNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `There is no carer ${id} on this council's register.`);
  }
}

export class InvalidCursorError extends DomainError {
  constructor() {
    super('invalid-cursor', 'cursor is not one this API gave; start again without it');
  }
}
