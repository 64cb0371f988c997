import fc from 'fast-check';
import { Client } from 'pg';
import { REJECTION_REASONS } from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { PLATFORM_TABLES } from '@carers/platform/persistence';
import { eventIdOf, parkedMessages, untilApplied } from '../hostile-inbound';
import { eventually, ServiceUnderTest } from '../service-under-test';
import { duplicateOf, HostileMessage, hostileMessages, KafkaMessage } from './hostile-messages';

export interface FuzzedTopic {
  topic: string;
  /** Valid events the service applies (each a new fact), built once the service runs. */
  valid(count: number): Promise<{ key: string; value: string }[]>;
}

export interface FuzzOptions {
  seed: number;
  /** Bad messages per topic. */
  badPerTopic: number;
  /** Valid events per topic, spread among the bad ones. */
  validPerTopic: number;
}

/** How long a fuzz proof may take: four minutes for npm test's 100 bad messages per topic, more for a longer run. */
export function fuzzTimeoutMs(options: FuzzOptions = FUZZ_DEFAULTS): number {
  return 240_000 * Math.max(1, options.badPerTopic / 100);
}

export const FUZZ_DEFAULTS: FuzzOptions = {
  seed: Number(process.env['FUZZ_SEED'] ?? 20261203),
  badPerTopic: Number(process.env['FUZZ_BAD_PER_TOPIC'] ?? 100),
  validPerTopic: Number(process.env['FUZZ_VALID_PER_TOPIC'] ?? 5),
};

async function send(service: ServiceUnderTest, topic: string, messages: KafkaMessage[]): Promise<void> {
  const producer = createKafka('fuzz-producer', () => undefined).producer();
  await producer.connect();
  try {
    // one message per request keeps each within the broker's limit; the order per key is the order given
    for (const m of messages) await producer.send({ topic: service.prefix + topic, acks: -1, messages: [m] });
  } finally {
    await producer.disconnect();
  }
}

/** Whether the service's group has committed every partition of its topics up to the end. */
export async function caughtUp(service: ServiceUnderTest, topics: string[]): Promise<boolean> {
  const admin = createKafka('fuzz-admin', () => undefined).admin();
  await admin.connect();
  try {
    const groupId = service.env['KAFKA_GROUP_ID']!;
    for (const topic of topics.map((t) => service.prefix + t)) {
      const ends = await admin.fetchTopicOffsets(topic);
      const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
      if (!ends.every((end) => end.high === '0' || committed.partitions.find((p) => p.partition === end.partition)?.offset === end.high))
        return false;
    }
    return true;
  } finally {
    await admin.disconnect();
  }
}

/** A digest of every row of the service's own tables (the platform's messaging tables aside), read past row-level security. */
export async function storedState(service: ServiceUnderTest): Promise<Record<string, string>> {
  const url = Object.entries(service.env).find(([k]) => k.endsWith('_MIGRATIONS_DATABASE_URL'))![1]!;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($1)) ORDER BY 1`,
      [PLATFORM_TABLES],
    );
    const state: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
      );
      state[name] = `${rows[0].n}:${rows[0].digest}`;
    }
    return state;
  } finally {
    await client.end();
  }
}

/** The state once background work (projections, measurement) has settled: the same digest twice, a second apart. */
async function settledState(service: ServiceUnderTest): Promise<Record<string, string>> {
  let last = JSON.stringify(await storedState(service));
  return eventually(
    async () => {
      await new Promise((r) => setTimeout(r, 1000));
      const now = JSON.stringify(await storedState(service));
      const same = now === last;
      last = now;
      return same ? (JSON.parse(now) as Record<string, string>) : undefined;
    },
    30_000,
    0,
  );
}

function interleave(bad: HostileMessage[], valid: KafkaMessage[]): KafkaMessage[] {
  const out: KafkaMessage[] = [];
  const every = Math.max(1, Math.floor(bad.length / (valid.length + 1)));
  let v = 0;
  bad.forEach((b, i) => {
    out.push(b);
    if ((i + 1) % every === 0 && v < valid.length) out.push(valid[v++]);
  });
  out.push(...valid.slice(v));
  return out;
}

/**
 * The fuzz proof for one running service, through the real broker: for each inbound topic, generated bad
 * messages interleaved with valid events on the same keys. Every bad one is parked with a reason, every valid
 * one is applied, the service answers ready throughout; then a second wave of bad messages (and a duplicate of
 * a valid event) changes nothing already stored. A message over the topic's limit is refused by the broker.
 */
export async function fuzzInbound(service: ServiceUnderTest, topics: FuzzedTopic[], options: FuzzOptions = FUZZ_DEFAULTS): Promise<void> {
  const wait = fuzzTimeoutMs(options) / 4;
  const names = topics.map((t) => t.topic);
  const waves: { topic: string; valid: { key: string; value: string }[]; first: HostileMessage[]; second: HostileMessage[] }[] = [];
  for (const [i, t] of topics.entries()) {
    const valid = await t.valid(options.validPerTopic);
    const bad = fc.sample(hostileMessages(valid[0]), { seed: options.seed + i, numRuns: options.badPerTopic * 2 });
    waves.push({ topic: t.topic, valid, first: bad.slice(0, options.badPerTopic), second: bad.slice(options.badPerTopic) });
  }

  for (const w of waves) await send(service, w.topic, interleave(w.first, w.valid));
  await untilApplied(
    service,
    waves.flatMap((w) => w.valid.map(eventIdOf)),
    wait,
  );
  await eventually(async () => ((await caughtUp(service, names)) ? true : undefined), wait, 250);
  const parked = await parkedMessages(service);
  for (const w of waves) {
    const here = parked.filter((p) => p.topic === w.topic);
    expect({ topic: w.topic, parked: here.length }).toEqual({ topic: w.topic, parked: w.first.length });
    for (const p of here)
      expect({ topic: w.topic, reason: (REJECTION_REASONS as readonly string[]).includes(p.reason) }).toEqual({
        topic: w.topic,
        reason: true,
      });
  }

  const before = await settledState(service);
  expect(Object.values(before).some((digest) => !digest.startsWith('0:'))).toBe(true);
  for (const w of waves) await send(service, w.topic, [...w.second, duplicateOf(w.valid[0])]);
  await eventually(async () => ((await caughtUp(service, names)) ? true : undefined), wait, 250);
  expect((await parkedMessages(service)).length).toBe(parked.length + waves.reduce((n, w) => n + w.second.length, 0));
  expect(await storedState(service)).toEqual(before);

  // over the topic's max.message.bytes: the broker itself refuses it, and the consumer never sees it
  const producer = createKafka('fuzz-oversize', () => undefined).producer();
  await producer.connect();
  try {
    await expect(
      producer.send({ topic: service.prefix + names[0], acks: -1, messages: [{ key: 'x', value: 'x'.repeat(1_200_000) }] }),
    ).rejects.toThrow(/too large|MESSAGE_TOO_LARGE|larger/i);
  } finally {
    await producer.disconnect();
  }
}
