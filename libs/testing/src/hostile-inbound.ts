import request from 'supertest';
import { DataSource } from 'typeorm';
import { createKafka } from '@carers/platform/messaging';
import { eventMessage } from './event-messages';
import { eventually, ServiceUnderTest } from './service-under-test';

export interface ParkedMessage {
  topic: string;
  reason: string;
  error: string;
  event_id: string | null;
}

/**
 * A valid envelope of `type` whose `data` also holds an extra field nested `depth` deep (`{"a":{"a":...}}`),
 * written as text: the message that overflowed class-transformer's stack and stopped a consumer.
 */
export function deeplyNestedMessage(
  type: string,
  data: object,
  opts: { key: string; source: string; tenant?: string },
  depth = 5000,
): { key: string; value: string } {
  const message = eventMessage(type, { ...data, nested: 'DEEP' }, opts);
  return { key: message.key, value: message.value.replace('"DEEP"', '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)) };
}

/** Publishes messages to a service's own (prefixed) topic, as an outside producer would. */
export async function publish(
  service: ServiceUnderTest,
  topic: string,
  messages: { key: string | null; value: string | Buffer | null }[],
): Promise<void> {
  const producer = createKafka('hostile-producer', () => undefined).producer();
  await producer.connect();
  try {
    await producer.send({ topic: service.prefix + topic, acks: -1, messages });
  } finally {
    await producer.disconnect();
  }
}

export async function parkedMessages(service: ServiceUnderTest): Promise<ParkedMessage[]> {
  return service.app.get(DataSource).query(`SELECT topic, reason, error, event_id FROM dead_letter ORDER BY id`);
}

/** Whether the service applied the event: its inbox records it only in the transaction that applied it. */
export async function applied(service: ServiceUnderTest, eventId: string): Promise<boolean> {
  const rows = await service.app.get(DataSource).query(`SELECT 1 FROM inbox WHERE event_id = $1`, [eventId]);
  return rows.length === 1;
}

export function eventIdOf(message: { value: string }): string {
  return JSON.parse(message.value).id;
}

/** Waits until every event is applied; fails if readiness answered anything but 200 meanwhile. */
export async function untilApplied(service: ServiceUnderTest, eventIds: string[], timeoutMs = 30_000): Promise<void> {
  const notReady: string[] = [];
  await eventually(
    async () => {
      const ready = await request(service.url).get('/health/ready');
      if (ready.status !== 200) notReady.push(`${ready.status}: ${JSON.stringify(ready.body.checks ?? ready.body)}`);
      for (const id of eventIds) if (!(await applied(service, id))) return undefined;
      return true;
    },
    timeoutMs,
    200,
  );
  if (notReady.length) throw new Error(`the service was not ready ${notReady.length} time(s) meanwhile: ${notReady[0]}`);
}
