import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes, randomUUID } from 'node:crypto';
import { CORRELATION_ID } from '@carers/contracts';

/** What every log line, outbox row and Kafka header carries about the work in hand. */
export interface RequestContext {
  correlationId: string;
  traceId: string;
  spanId: string;
  causationId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const RequestContexts = {
  current(): RequestContext | undefined {
    return storage.getStore();
  },
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  /**
   * A context continuing the caller's trace (W3C traceparent) or starting a new one. A correlation or causation
   * id that is not a bounded token is not carried on: it would be copied into every event the work causes.
   */
  from(input: { correlationId?: string; traceparent?: string; causationId?: string }): RequestContext {
    const parent = parseTraceparent(input.traceparent);
    return {
      correlationId: bounded(input.correlationId) ?? randomUUID(),
      traceId: parent?.traceId ?? randomBytes(16).toString('hex'),
      spanId: randomBytes(8).toString('hex'),
      causationId: bounded(input.causationId),
    };
  },
};

function bounded(id: string | undefined): string | undefined {
  return id && CORRELATION_ID.test(id) ? id : undefined;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

export function parseTraceparent(value: string | undefined): { traceId: string; parentId: string } | undefined {
  const match = value ? TRACEPARENT.exec(value.trim()) : null;
  return match ? { traceId: match[1], parentId: match[2] } : undefined;
}

export function traceparentOf(context: RequestContext): string {
  return `00-${context.traceId}-${context.spanId}-01`;
}
