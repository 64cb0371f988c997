import { DomainError } from '@carers/contracts';

/** The month is not in the state the request needs: confirming a month that is open or already confirmed, relief for a confirmed one. */
export class PeriodStateError extends DomainError {
  constructor(period: string, status: string) {
    super('illegal-state', `${period} is ${status}`);
  }
}

export class PeriodNotDisputableError extends DomainError {
  constructor(period: string, status: string) {
    super('illegal-state', `${period} is ${status}: figures can be disputed only while provisional`);
  }
}

export class DisputeWindowClosedError extends DomainError {
  constructor(period: string, closedOn: string) {
    super('illegal-state', `the window to dispute ${period} closed on ${closedOn}`);
  }
}

export class NoKpiValueError extends DomainError {
  constructor(kpiId: string, providerId: string, period: string) {
    super('not-found', `there is no ${kpiId} value for ${providerId} in ${period}`);
  }
}

export class DisputeNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `There is no dispute ${id}.`);
  }
}

export class DisputeAlreadyDecidedError extends DomainError {
  constructor(outcome: string) {
    super('illegal-state', `this dispute was already ${outcome}`);
  }
}

export class OpenDisputesError extends DomainError {
  constructor(period: string, open: number) {
    super('illegal-state', `${open} dispute(s) for ${period} are still open`);
  }
}
