import { DomainError } from '@carers/contracts';

export class InvalidEmergencyPlanError extends DomainError {
  constructor(reason: string) {
    super('invalid-emergency-plan', reason);
  }
}

export class EmergencyPlanExistsError extends DomainError {
  constructor(carerId: string) {
    super('conflict', `Carer ${carerId} already has an emergency plan; review it instead.`);
  }
}

export class EmergencyPlanNotFoundError extends DomainError {
  constructor(carerId: string) {
    super('not-found', `Carer ${carerId} has no emergency plan.`);
  }
}

/** An unknown and a revoked card answer alike: the caller learns only that this number opens nothing. */
export class EmergencyCardNotFoundError extends DomainError {
  constructor() {
    super('not-found', 'No emergency plan has this card number.');
  }
}

export class NoCardInUseError extends DomainError {
  constructor(carerId: string) {
    super('illegal-state', `Carer ${carerId}'s emergency card is already revoked; reissue one to give them a new card.`);
  }
}
