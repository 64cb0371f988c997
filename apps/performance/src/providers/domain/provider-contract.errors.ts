import { DomainError } from '@carers/contracts';

export class UnknownConsortiumError extends DomainError {
  constructor(consortiumId: string, councilId: string) {
    super('unknown-consortium', `council ${councilId} commissions no consortium ${consortiumId}; record the consortium's contract first`);
  }
}

export class ProviderContractNotFoundError extends DomainError {
  constructor(providerId: string, councilId: string) {
    super('not-found', `${providerId} holds no contract with council ${councilId}`);
  }
}
