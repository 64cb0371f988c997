import { DomainError } from '@carers/contracts';

export class InvalidCarerError extends DomainError {
  constructor(reason: string) {
    super('invalid-carer', reason);
  }
}
