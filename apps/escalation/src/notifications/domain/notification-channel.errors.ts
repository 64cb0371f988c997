import { DomainError } from '@carers/contracts';

export class ChannelNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `there is no notification channel ${id}`);
  }
}
