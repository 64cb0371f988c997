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

export class EmergencyCardNotFoundError extends DomainError {
  constructor() {
    super('not-found', 'No emergency plan has this card number.');
  }
}
