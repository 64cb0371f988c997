import { CloudEvent } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';

export type EventHandler = (event: CloudEvent<any>, tx: Tx) => Promise<unknown> | unknown;

/**
 * One validated, not-yet-seen event handed to a listener, with the transaction its effect must use.
 * The listener names a handler per event type; types it does not name are acknowledged and ignored.
 */
export class Delivery {
  /** The error the handler threw, kept here because Nest's RPC layer replaces it on the way out. */
  failure?: unknown;

  constructor(readonly event: CloudEvent<any>, readonly tx: Tx) {}

  async dispatch(handlers: Record<string, EventHandler>): Promise<void> {
    const handler = handlers[this.event.type];
    if (!handler) return;
    try {
      await handler(this.event, this.tx);
    } catch (error) {
      this.failure = error;
      throw error;
    }
  }
}
