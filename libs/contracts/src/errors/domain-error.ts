import { ErrorCode, ErrorDetails } from './error-codes';

/**
 * A broken business rule, with a stable code callers can branch on. Over HTTP it answers with its code's
 * status (`ERROR_STATUS`); on Kafka it is permanent: the message is parked, never retried.
 */
export class DomainError extends Error {
  readonly isDomainError = true;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return typeof error === 'object' && error !== null && (error as DomainError).isDomainError === true;
}
