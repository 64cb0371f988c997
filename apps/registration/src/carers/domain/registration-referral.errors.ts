import { DomainError } from '@carers/contracts';

export class ReferralNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `There is no registration referral ${id}.`);
  }
}

export class ReferralClosedError extends DomainError {
  constructor() {
    super('illegal-state', 'This registration referral was already closed.');
  }
}
