import { CloudEvent, EventContract, EventData } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';

/** Applies one event, typed by its contract; `batch` is the state the listener keeps for one delivery. */
export type EventHandlerOf<C extends EventContract, B> = (event: CloudEvent<EventData<C>>, tx: Tx, batch: B) => unknown;
/** Applies a run of consecutive events of one type in one call (projections that write many rows in one statement). */
export type RunHandlerOf<C extends EventContract, B> = (events: CloudEvent<EventData<C>>[], tx: Tx, batch: B) => unknown;

type AnyEvent = CloudEvent<object>;

export type Route<B> =
  | { contract: EventContract; kind: 'each'; apply: (event: AnyEvent, tx: Tx, batch: B) => unknown }
  | { contract: EventContract; kind: 'run'; apply: (events: AnyEvent[], tx: Tx, batch: B) => unknown };

/**
 * Which use case applies each event type of one topic, each handler typed by the contract it names, so a
 * handler wired to the wrong event does not compile (ADR 0015). `before` and `after` run once per delivery
 * in its transaction, around the events (a lock taken for the batch, a measurement of what it touched).
 * Types not named are acknowledged and ignored.
 */
export class EventRoutes<B = void> {
  private readonly byType = new Map<string, Route<B>>();
  private beforeHook?: (events: AnyEvent[], tx: Tx, batch: B) => unknown;
  private afterHook?: (tx: Tx, batch: B) => unknown;

  /** `batch` makes the state one delivery's handlers share (for example the tallies it touched). */
  constructor(readonly batch: () => B = () => undefined as B) {}

  on<C extends EventContract>(contract: C, handler: EventHandlerOf<C, B>): this {
    return this.add({ contract, kind: 'each', apply: handler as Route<B>['apply'] } as Route<B>);
  }

  onRun<C extends EventContract>(contract: C, handler: RunHandlerOf<C, B>): this {
    return this.add({ contract, kind: 'run', apply: handler as Route<B>['apply'] } as Route<B>);
  }

  before(hook: (events: AnyEvent[], tx: Tx, batch: B) => unknown): this {
    this.beforeHook = hook;
    return this;
  }

  after(hook: (tx: Tx, batch: B) => unknown): this {
    this.afterHook = hook;
    return this;
  }

  route(type: string): Route<B> | undefined {
    return this.byType.get(type);
  }

  get contracts(): EventContract[] {
    return [...this.byType.values()].map((r) => r.contract);
  }

  get hooks() {
    return { before: this.beforeHook, after: this.afterHook };
  }

  private add(route: Route<B>): this {
    if (this.byType.has(route.contract.type)) throw new Error(`${route.contract.type} is routed twice`);
    this.byType.set(route.contract.type, route);
    return this;
  }
}
