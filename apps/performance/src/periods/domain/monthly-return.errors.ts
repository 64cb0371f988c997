import { DomainError } from '@carers/contracts';

export class ReturnTooEarlyError extends DomainError {
  constructor(period: string) {
    super('invalid-return', `a return for ${period} can be made once the month has ended`);
  }
}

export class UnknownProviderError extends DomainError {
  constructor(providerId: string) {
    super('unknown-provider', `${providerId} is not a provider of this council`);
  }
}

export class PeriodConfirmedError extends DomainError {
  constructor(period: string) {
    super('illegal-state', `${period} is confirmed; ask the council to reopen it through a dispute`);
  }
}
