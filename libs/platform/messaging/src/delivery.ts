import { CloudEvent } from '@carers/contracts';
import { RequestContexts } from '@carers/platform/observability';
import { Tx } from '@carers/platform/persistence';
import { EventRoutes } from './event-routes';

export interface DeliveredEvent {
  event: CloudEvent<any>;
  traceparent?: string;
}

/**
 * Validated, not-yet-seen events of one council, in partition order, with the transaction their effects
 * must use. `dispatch` applies them through a listener's typed routes; an error a handler throws goes
 * straight back to the inbox, which retries or parks the event (ADR 0004, ADR 0015).
 */
export class Delivery {
  constructor(
    readonly items: DeliveredEvent[],
    readonly tx: Tx,
  ) {}

  get events(): CloudEvent<any>[] {
    return this.items.map((i) => i.event);
  }

  async dispatch<B>(routes: EventRoutes<B>): Promise<void> {
    const batch = routes.batch();
    const { before, after } = routes.hooks;
    const routed = this.items.filter((i) => routes.route(i.event.type));
    if (!routed.length) return;
    if (before)
      await before(
        routed.map((i) => i.event),
        this.tx,
        batch,
      );
    let start = 0;
    while (start < routed.length) {
      const route = routes.route(routed[start].event.type)!;
      if (route.kind === 'each') {
        const item = routed[start++];
        await this.inContextOf(item, () => route.apply(item.event, this.tx, batch));
        continue;
      }
      let end = start + 1;
      while (end < routed.length && routed[end].event.type === routed[start].event.type) end++;
      const run = routed.slice(start, end);
      await this.inContextOf(run[0], () =>
        route.apply(
          run.map((i) => i.event),
          this.tx,
          batch,
        ),
      );
      start = end;
    }
    if (after) await after(this.tx, batch);
  }

  private inContextOf(item: DeliveredEvent, work: () => unknown): Promise<unknown> {
    // the producer's trace and correlation continue here, and into any event the handler emits
    const context = RequestContexts.from({
      correlationId: item.event.correlationid,
      causationId: item.event.id,
      traceparent: item.traceparent,
    });
    return Promise.resolve(RequestContexts.run(context, work));
  }
}
