import { DomainError } from '@carers/contracts';

export class UnreadableFileError extends DomainError {
  constructor(reason: string) {
    super('unreadable-file', reason);
  }
}

export class ImportNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `There is no import ${id}.`);
  }
}

export class FileAlreadyReceivedError extends DomainError {
  constructor() {
    super('illegal-state', 'this import has already received its file; start a new import');
  }
}
