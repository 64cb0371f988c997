/** What every event class carries as statics: its CloudEvents type and the topic it travels on. */
export interface EventContract<T extends object = object> {
  new (): T;
  readonly type: string;
  readonly topic: string;
  readonly description: string;
  /** On a provider's inbound stream: the data field that must name the provider whose topic the event came on (ADR 0014). */
  readonly senderField?: string;
}

export type EventData<C> = C extends EventContract<infer T> ? T : never;
