import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProbeRecorded, ProviderEventRejected, providerTopic, Topics, TOPIC_REGISTRY } from '@carers/contracts';
import { createKafka, DeadLetters, ensureTopics, Kafka } from '@carers/platform/messaging';
import { cloneServiceDatabase } from '../test-databases';
import { isolatedTopics } from '../test-topics';
import { eventually } from '../service-under-test';
import { kill9, spawnProbeNode } from './probe-process';
import { PROBE, PROBE_TENANT, projection, startProbeNode, writeProbes } from './probe-service';

// the project's own broker manager (plain JS, run by npm start and npm test too)
const { startPrivateBroker } = require(join(process.cwd(), 'tools/kafka/kafka.js'));

jest.setTimeout(240_000);

const quiet = () => undefined;

async function caughtUp(kafka: Kafka, groupId: string, topic: string): Promise<boolean> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return ends.every((end) => committed.partitions.find((p) => p.partition === end.partition)?.offset === end.high || end.high === '0');
  } finally {
    await admin.disconnect();
  }
}

function envelope(data: Record<string, unknown>, overrides: Record<string, unknown> = {}) {
  return JSON.stringify({
    specversion: '1.0',
    id: randomUUID(),
    source: 'hfd-carers-hub',
    type: ProbeRecorded.type,
    time: new Date().toISOString(),
    subject: String(data['probeId']),
    datacontenttype: 'application/json',
    tenantid: PROBE_TENANT,
    correlationid: 'proof',
    aggregateversion: 1,
    data,
    ...overrides,
  });
}

describe('the event backbone never loses or double-applies an event', () => {
  let db: Awaited<ReturnType<typeof cloneServiceDatabase>>;
  let appUrl: string;
  let prefix: string;
  const kafka = createKafka('proofs', quiet);

  beforeEach(async () => {
    db = await cloneServiceDatabase(PROBE);
    appUrl = db.env['PROBE_DATABASE_URL']!;
    prefix = (await isolatedTopics('proof')).prefix;
  });
  afterEach(() => db.drop());

  it('1. applies an event delivered twice exactly once', async () => {
    const node = await startProbeNode({ appUrl, kafka, prefix, groupId: `${prefix}probe`, log: quiet });
    try {
      await writeProbes(node.uow, node.outbox, 300, 10);
      await eventually(async () => ((await projection(node.dataSource)).applied === 300 ? true : undefined), 30_000);
      // the broker redelivers everything: the same records again
      const rows: { message_key: string; payload: string }[] = await node.dataSource.query(
        'SELECT message_key, payload::text AS payload FROM outbox ORDER BY id',
      );
      const producer = kafka.producer();
      await producer.connect();
      await producer.send({
        topic: prefix + Topics.platformProbe,
        acks: -1,
        messages: rows.map((r) => ({ key: r.message_key, value: r.payload })),
      });
      await producer.disconnect();
      await eventually(async () => ((await caughtUp(kafka, `${prefix}probe`, prefix + Topics.platformProbe)) ? true : undefined), 30_000);
      expect(await projection(node.dataSource)).toMatchObject({ probes: 10, applied: 300, violations: 0 });
    } finally {
      await node.stop();
    }
  });

  it('2. survives kill -9 of the consumer 5 times in a stream of 10,000 events over 100 keys', async () => {
    const producer = await startProbeNode({ appUrl, kafka, prefix, groupId: `${prefix}unused`, consume: false, log: quiet });
    const consumerEnv = { PROBE_APP_URL: appUrl, PROBE_PREFIX: prefix, PROBE_GROUP: `${prefix}probe`, PROBE_ROLE: 'consumer' };
    const writing = writeProbes(producer.uow, producer.outbox, 10_000, 100, 200);
    try {
      for (let kill = 1; kill <= 5; kill++) {
        const consumer = spawnProbeNode(consumerEnv);
        await consumer.ready;
        await new Promise((r) => setTimeout(r, 1500 + Math.random() * 2500));
        await kill9(consumer);
      }
      await writing;
      const last = spawnProbeNode(consumerEnv);
      await last.ready;
      const result = await eventually(
        async () => {
          const p = await projection(producer.dataSource);
          return p.applied >= 10_000 ? p : undefined;
        },
        120_000,
        500,
      );
      // an independent fold of what was produced: 100 probes, 100 events each, seq 1..100 in order
      expect({ probes: result.probes, applied: result.applied, violations: result.violations }).toEqual({
        probes: 100,
        applied: 10_000,
        violations: 0,
      });
      expect(Object.values(result.maxSeq).every((s) => s === 100)).toBe(true);
      last.child.kill('SIGTERM');
      await last.exited;
    } finally {
      await writing.catch(() => undefined);
      await producer.stop();
    }
  });

  it('3. publishes and applies every committed outbox row exactly once when the producer is killed -9 while relaying', async () => {
    const consumer = await startProbeNode({ appUrl, kafka, prefix, groupId: `${prefix}probe`, relay: false, log: quiet });
    try {
      for (let run = 1; run <= 4; run++) {
        const producer = spawnProbeNode({
          PROBE_APP_URL: appUrl,
          PROBE_PREFIX: prefix,
          PROBE_GROUP: `${prefix}x`,
          PROBE_ROLE: 'producer',
          PROBE_TOTAL: '3000',
          PROBE_KEYS: '20',
          PROBE_RUN: `run${run}`,
        });
        await producer.ready;
        await eventually(async () => (producer.output.some((l) => l.startsWith('committed 1')) ? true : undefined), 30_000, 20);
        await new Promise((r) => setTimeout(r, Math.random() * 400));
        await kill9(producer);
      }
      const finisher = spawnProbeNode({
        PROBE_APP_URL: appUrl,
        PROBE_PREFIX: prefix,
        PROBE_GROUP: `${prefix}x`,
        PROBE_ROLE: 'producer',
        PROBE_TOTAL: '0',
      });
      await finisher.ready;
      const expected: { probe_id: string; n: string; max: number }[] = await consumer.dataSource.query(
        `SELECT payload->'data'->>'probeId' AS probe_id, count(*) AS n, max((payload->'data'->>'seq')::int) AS max FROM outbox GROUP BY 1`,
      );
      const committed = expected.reduce((n, r) => n + Number(r.n), 0);
      expect(committed).toBeGreaterThan(100);
      await eventually(
        async () =>
          (await consumer.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`))[0].n === 0
            ? true
            : undefined,
        60_000,
        250,
      );
      const result = await eventually(
        async () => {
          const p = await projection(consumer.dataSource);
          return p.applied >= committed ? p : undefined;
        },
        60_000,
        250,
      );
      expect({ applied: result.applied, violations: result.violations }).toEqual({ applied: committed, violations: 0 });
      expect(result.maxSeq).toEqual(Object.fromEntries(expected.map((r) => [r.probe_id, r.max])));
      finisher.child.kill('SIGTERM');
      await finisher.exited;
    } finally {
      await consumer.stop();
    }
  });

  it('4. loses nothing when the broker stops for 30 seconds mid-stream, and recovers without a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kafka-outage-'));
    const broker = await startPrivateBroker({ port: 9192, dataDir });
    const outageKafka = createKafka('proofs-outage', quiet, broker.brokers);
    await ensureTopics(outageKafka, TOPIC_REGISTRY, prefix);
    const journal: string[] = [];
    // a small retry budget: the consumer crashes during the outage and must come back by itself
    const node = await startProbeNode({
      appUrl,
      kafka: outageKafka,
      prefix,
      groupId: `${prefix}probe`,
      consumerRetries: 2,
      log: (level, msg) => void journal.push(`${level} ${msg}`),
    });
    let restarted: { stop(): Promise<void> } | undefined;
    try {
      const writing = (async () => {
        for (let i = 0; i < 40; i++) {
          await writeProbes(node.uow, node.outbox, 100, 25, 100, i * 100);
          await new Promise((r) => setTimeout(r, 1000));
        }
      })();
      await new Promise((r) => setTimeout(r, 4000));
      await broker.stop();
      await new Promise((r) => setTimeout(r, 30_000));
      restarted = await startPrivateBroker({ port: 9192, dataDir });
      await writing;
      const result = await eventually(
        async () => {
          const p = await projection(node.dataSource);
          return p.applied >= 4000 ? p : undefined;
        },
        120_000,
        500,
      ).catch(async (error) => {
        const p = await projection(node.dataSource);
        throw new Error(
          `${error.message}; applied ${p.applied}, outbox backlog ${(await node.relay.backlog()).count}, consumer ${node.consumer!.state}; log:\n${journal.slice(-20).join('\n')}`,
        );
      });
      expect({ applied: result.applied, violations: result.violations, probes: result.probes }).toEqual({
        applied: 4000,
        violations: 0,
        probes: 25,
      });
      expect(node.consumer!.state).toBe('running');
      expect((await node.relay.backlog()).count).toBe(0);
    } finally {
      await node.stop();
      await restarted?.stop();
    }
  });

  it('5 and 6. parks poison messages with the reason, keeps the partition moving, and replays a fixed one exactly once', async () => {
    const node = await startProbeNode({ appUrl, kafka, prefix, groupId: `${prefix}probe`, maxAttempts: 3, log: quiet });
    const producer = kafka.producer();
    await producer.connect();
    try {
      const key = 'poisoned';
      const poison = [
        '{"this is": not json',
        envelope({ probeId: key, seq: 1 }, { tenantid: 'Herefordshire' }),
        envelope({ probeId: key, seq: 1, fail: 'transient' }),
        envelope({ probeId: key, seq: 1, fail: 'domain' }),
      ];
      const healthy = Array.from({ length: 1000 }, (_, i) => envelope({ probeId: 'healthy', seq: i + 1 }));
      const started = Date.now();
      await producer.send({
        topic: prefix + Topics.platformProbe,
        acks: -1,
        messages: [...poison, ...healthy].map((value) => ({ key, value, partition: 0 })),
      });
      await eventually(async () => ((await projection(node.dataSource)).applied === 1000 ? true : undefined), 30_000, 100);
      expect(Date.now() - started).toBeLessThan(30_000);

      const deadLetters = new DeadLetters(node.dataSource, node.processor);
      const operator = { kind: 'platform' } as const;
      const parked = await eventually(async () => {
        const { items } = await deadLetters.list(operator);
        return items.length === 4 ? items : undefined;
      }, 10_000);
      expect(parked.map((d) => [d.reason, d.attempts, d.partition])).toEqual([
        ['malformed-json', 1, 0],
        ['schema-invalid', 1, 0],
        ['retries-exhausted', 3, 0],
        ['domain-rule', 1, 0],
      ]);
      expect(parked[1].error).toMatch(/tenantid/);
      expect(parked[3].error).toMatch(/breaks a domain rule/);

      // 6. the cause is fixed: replaying applies it once; replaying again changes nothing
      node.fixTransientFailures();
      const before = (await projection(node.dataSource)).applied;
      expect((await deadLetters.replay(operator, parked[2].id, 'admin')).status).toBe('replayed');
      expect((await projection(node.dataSource)).applied).toBe(before + 1);
      expect((await deadLetters.replay(operator, parked[2].id, 'admin')).status).toBe('replayed');
      expect(await deadLetters.replayAll(operator, 'admin')).toEqual({ replayed: 0, stillParked: 3 });
      expect((await projection(node.dataSource)).applied).toBe(before + 1);
      // a malformed message cannot be replayed into anything; an operator discards it with a reason
      expect((await deadLetters.discard(operator, parked[0].id, 'admin', 'sender fixed its serialiser')).status).toBe('discarded');
    } finally {
      await producer.disconnect();
      await node.stop();
    }
  });

  it('tells a provider system why its event was refused, on its own rejections topic keyed by its id (ADR 0014)', async () => {
    const node = await startProbeNode({
      appUrl,
      kafka,
      prefix,
      groupId: `${prefix}probe`,
      alsoConsume: [Topics.providerAssessmentActivity],
      log: quiet,
    });
    const hubActivity = providerTopic(Topics.providerAssessmentActivity, 'hfd-carers-hub');
    const rejections: { key: string; type: string; data: ProviderEventRejected }[] = [];
    const reader = kafka.consumer({ groupId: `${prefix}reader` });
    const producer = kafka.producer();
    try {
      await reader.connect();
      await reader.subscribe({ topic: prefix + providerTopic(Topics.providerRejections, 'hfd-carers-hub'), fromBeginning: true });
      await reader.run({
        eachMessage: async ({ message }) => {
          const event = JSON.parse(message.value!.toString());
          rejections.push({ key: message.key!.toString(), type: event.type, data: event.data });
        },
      });
      await producer.connect();
      await producer.send({
        topic: prefix + hubActivity,
        messages: [{ key: 'hfd-carers-hub', value: envelope({ probeId: 'x', seq: 1 }, { type: 'provider.assessment.teleported' }) }],
      });
      const [rejection] = await eventually(async () => (rejections.length ? rejections : undefined), 30_000);
      expect(rejection).toMatchObject({
        key: 'hfd-carers-hub',
        type: ProviderEventRejected.type,
        data: { providerId: 'hfd-carers-hub', reason: 'unknown-type', topic: hubActivity },
      });
      expect(rejection.data.detail).toMatch(/provider\.assessment\.teleported/);
    } finally {
      await producer.disconnect();
      await reader.disconnect();
      await node.stop();
    }
  });
});
