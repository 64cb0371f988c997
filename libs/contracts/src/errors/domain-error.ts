/**
 * A broken business rule, with a stable code callers can branch on. Over HTTP it maps to a 4xx;
 * on Kafka it is permanent: the message is parked, never retried.
 */
export class DomainError extends Error {
  readonly isDomainError = true;
  constructor(readonly code: string, message: string, readonly details?: Record<string, unknown>) {
    super(message);
    this.name = new.target.name;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return typeof error === 'object' && error !== null && (error as DomainError).isDomainError === true;
}
