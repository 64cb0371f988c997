import { randomUUID } from 'node:crypto';

/**
 * A Kafka message holding a CloudEvents envelope, as another service or a provider system would publish it:
 * for tests and benchmarks that play the part of a producer.
 */
export function eventMessage(
  type: string,
  data: object,
  opts: { key: string; source: string; tenant?: string; correlationId?: string },
): { key: string; value: string } {
  return {
    key: opts.key,
    value: JSON.stringify({
      specversion: '1.0',
      id: randomUUID(),
      source: opts.source,
      type,
      time: new Date().toISOString(),
      subject: opts.key,
      datacontenttype: 'application/json',
      tenantid: opts.tenant ?? 'E06000054',
      correlationid: opts.correlationId ?? 'test',
      aggregateversion: 1,
      data,
    }),
  };
}
