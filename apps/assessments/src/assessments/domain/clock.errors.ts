import { DomainError } from '@carers/contracts';

/** A clock cannot start without the council's timescale for it. */
export class NoTimescaleError extends DomainError {
  constructor(kind: string) {
    super('illegal-state', `this council has no timescale for ${kind}; set one in its clock policy`);
  }
}

export class NoRunningClockError extends DomainError {
  constructor(kind: string) {
    super('illegal-state', `there is no running, unpaused ${kind} clock on this assessment`);
  }
}

export class NoPausedClockError extends DomainError {
  constructor(kind: string) {
    super('illegal-state', `there is no paused ${kind} clock on this assessment`);
  }
}

/** A pause cannot hide a breach: it must start before the deadline. */
export class DeadlinePassedError extends DomainError {
  constructor(kind: string, dueOn: string) {
    super('illegal-state', `the ${kind} deadline has passed (${dueOn}); a pause must start before it`);
  }
}

export class PauseBeforeStartError extends DomainError {
  constructor(startedOn: string) {
    super('invalid-pause', `a pause cannot start before the clock did (${startedOn})`);
  }
}
