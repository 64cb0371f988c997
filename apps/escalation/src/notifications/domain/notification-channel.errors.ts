import { DomainError } from '@carers/contracts';

export class ChannelNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `there is no notification channel ${id}`);
  }
}

/** A webhook URL the platform will not post to (issue 21, finding 5): 400 with the field and the reason. */
export class WebhookTargetRefusedError extends DomainError {
  constructor(reason: string) {
    super('invalid-request', `target: ${reason}`, { violations: [{ field: 'target', reason }] });
  }
}

/**
 * Why one delivery attempt failed, in the platform's own words: never the receiver's status or body, which an
 * officer could otherwise use to read what a URL answers (issue 21, finding 5).
 */
export type DeliveryFailure =
  'address-refused' | 'unresolvable' | 'unreachable' | 'timeout' | 'redirected' | 'rejected' | 'secret-unreadable' | 'email-failed';

export class DeliveryFailedError extends Error {
  constructor(
    readonly reason: DeliveryFailure,
    /** The receiver's HTTP status, for the operators' log only. */
    readonly remoteStatus?: number,
  ) {
    super(`the alert was not delivered (${reason})`);
    this.name = 'DeliveryFailedError';
  }
}
