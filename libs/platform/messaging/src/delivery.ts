import { CloudEvent } from '@carers/contracts';
import { RequestContexts } from '@carers/platform/observability';
import { Tx } from '@carers/platform/persistence';

export type EventHandler = (event: CloudEvent<any>, tx: Tx) => Promise<unknown> | unknown;
export type BatchHandler = (events: CloudEvent<any>[], tx: Tx) => Promise<unknown> | unknown;

export interface DeliveredEvent {
  event: CloudEvent<any>;
  traceparent?: string;
}

/**
 * Validated, not-yet-seen events of one council, in partition order, with the transaction their effects
 * must use. A listener names a handler per event type (`dispatch`), or a handler that takes a run of events
 * of one type at once (`dispatchBatch`, for projections that write many rows in one statement). Types it
 * does not name are acknowledged and ignored.
 */
export class Delivery {
  /** The error a handler threw, kept here because Nest's RPC layer replaces it on the way out. */
  failure?: unknown;

  constructor(readonly items: DeliveredEvent[], readonly tx: Tx) {}

  get events(): CloudEvent<any>[] {
    return this.items.map((i) => i.event);
  }

  async dispatch(handlers: Record<string, EventHandler>): Promise<void> {
    for (const item of this.items) {
      const handler = handlers[item.event.type];
      if (handler) await this.capture(item, () => handler(item.event, this.tx));
    }
  }

  async dispatchBatch(handlers: Record<string, BatchHandler>): Promise<void> {
    let start = 0;
    while (start < this.items.length) {
      let end = start + 1;
      while (end < this.items.length && this.items[end].event.type === this.items[start].event.type) end++;
      const run = this.items.slice(start, end);
      const handler = handlers[run[0].event.type];
      if (handler) await this.capture(run[0], () => handler(run.map((i) => i.event), this.tx));
      start = end;
    }
  }

  private async capture(item: DeliveredEvent, work: () => unknown): Promise<void> {
    // the producer's trace and correlation continue here, and into any event the handler emits
    const context = RequestContexts.from({ correlationId: item.event.correlationid, causationId: item.event.id, traceparent: item.traceparent });
    try {
      await RequestContexts.run(context, work);
    } catch (error) {
      this.failure = error;
      throw error;
    }
  }
}
