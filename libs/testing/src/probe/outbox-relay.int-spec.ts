import { ProbeRecorded, Topics } from '@carers/contracts';
import { createKafka, OutboxRelay } from '@carers/platform/messaging';
import { SET_TENANT_SQL, Tx } from '@carers/platform/persistence';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { cloneServiceDatabase } from '../test-databases';
import { isolatedTopics } from '../test-topics';
import { eventually } from '../service-under-test';
import { PROBE, PROBE_TENANT, ProbeNode, projection, startProbeNode, writeProbes } from './probe-service';

jest.setTimeout(120_000);

const quiet = () => undefined;
const kafka = createKafka('relay-proofs', quiet);
const unpublished = async (node: ProbeNode) =>
  (await node.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL AND parked_at IS NULL`))[0].n as number;

/** Messages on a topic: the sum of its partitions' high watermarks (asked again while the broker says a partition is not led yet). */
function messagesOn(topic: string): Promise<number> {
  return eventually(async () => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return (await admin.fetchTopicOffsets(topic)).reduce((n, p) => n + Number(p.high), 0);
    } finally {
      await admin.disconnect();
    }
  }, 10_000);
}

/** The relay on its own, polling only once a minute: anything it publishes sooner, a NOTIFY woke it for. */
function relayOf(node: ProbeNode, appUrl: string, prefix: string, batchSize = 100) {
  return new OutboxRelay({
    service: 'probe',
    pool: (node.dataSource.driver as PostgresDriver).master,
    lockUrl: appUrl,
    kafka,
    topicPrefix: prefix,
    batchSize,
    pollIntervalMs: 60_000,
    log: quiet,
  });
}

describe('the outbox relay', () => {
  let db: Awaited<ReturnType<typeof cloneServiceDatabase>>;
  let appUrl: string;
  let prefix: string;
  let node: ProbeNode;
  let relay: OutboxRelay;

  beforeEach(async () => {
    db = await cloneServiceDatabase(PROBE);
    appUrl = db.env['PROBE_DATABASE_URL']!;
    prefix = (await isolatedTopics('relay')).prefix;
    node = await startProbeNode({ appUrl, kafka, prefix, groupId: `${prefix}probe`, relay: false, log: quiet });
    relay = relayOf(node, appUrl, prefix);
  });
  afterEach(async () => {
    await relay.stop();
    await node.stop();
    await db.drop();
  });

  it('publishes every commit of a busy stream promptly, woken by each commit even while a batch is on the wire', async () => {
    relay.start();
    for (let i = 0; i < 3000; i += 10) await writeProbes(node.uow, node.outbox, 10, 50, 10, i);
    // a lost wake-up would leave rows waiting for the minute's poll
    await eventually(async () => ((await unpublished(node)) === 0 ? true : undefined), 20_000, 50);
    const applied = await eventually(async () => {
      const p = await projection(node.dataSource);
      return p.applied === 3000 ? p : undefined;
    }, 30_000);
    expect(applied).toMatchObject({ probes: 50, violations: 0 });
  });

  it('publishes a row whose transaction commits after rows written later have gone out', async () => {
    const slow = node.dataSource.createQueryRunner();
    await slow.connect();
    await slow.startTransaction();
    try {
      await slow.query(SET_TENANT_SQL, [PROBE_TENANT]);
      await node.outbox.add(new Tx(slow.manager, PROBE_TENANT), ProbeRecorded, 'late-1', 1, { probeId: 'late-1', seq: 1 });
      relay.start();
      await writeProbes(node.uow, node.outbox, 500, 10, 50);
      await eventually(async () => ((await projection(node.dataSource)).applied === 500 ? true : undefined), 30_000);
      await slow.commitTransaction();
    } finally {
      await slow.release();
    }
    const late = await eventually(async () => {
      const p = await projection(node.dataSource);
      return p.maxSeq['late-1'] ? p : undefined;
    }, 10_000);
    expect(late).toMatchObject({ applied: 501, violations: 0 });
    expect(await unpublished(node)).toBe(0);
  });

  it('parks a row no topic accepts (2 MB, as an older version could write) with the reason, and publishes each row behind it once', async () => {
    await writeProbes(node.uow, node.outbox, 20, 2, 10, 0, 'before');
    // a row over the topics' max.message.bytes, written behind the Outbox's own checks
    await node.dataSource.query(
      `INSERT INTO outbox (event_id, topic, message_key, event_type, payload, headers)
       SELECT gen_random_uuid(), topic, 'huge', event_type, jsonb_set(payload, '{data,padding}', to_jsonb(repeat('x', 2000000))), headers FROM outbox ORDER BY id LIMIT 1`,
    );
    await writeProbes(node.uow, node.outbox, 20, 2, 10, 0, 'after');
    relay.start();
    await eventually(async () => ((await unpublished(node)) === 0 ? true : undefined), 20_000, 50);
    const [parked] = await node.dataSource.query(`SELECT message_key, park_reason, published_at FROM outbox WHERE parked_at IS NOT NULL`);
    expect(parked).toEqual({
      message_key: 'huge',
      park_reason: expect.stringMatching(/^too-large: \d+ bytes; the topic accepts at most 1048576$/),
      published_at: null,
    });
    const applied = await eventually(async () => {
      const p = await projection(node.dataSource);
      return p.applied === 40 ? p : undefined;
    }, 30_000);
    expect(applied).toMatchObject({ probes: 4, violations: 0 });
    expect(await messagesOn(prefix + Topics.platformProbe)).toBe(40);
  });

  it('splits a batch into requests within the topic limit, so rows that fit one by one are never refused together', async () => {
    const padded = Array.from({ length: 40 }, (_, i) => ({
      aggregateId: `big-${i % 2}`,
      aggregateVersion: Math.floor(i / 2) + 1,
      data: { probeId: `big-${i % 2}`, seq: Math.floor(i / 2) + 1 },
    }));
    await node.uow.run(PROBE_TENANT, (tx) => node.outbox.addMany(tx, ProbeRecorded, padded));
    // 40 rows of 60 KB on two keys: 2.4 MB in one batch, more than one request to one partition may carry
    await node.dataSource.query(`UPDATE outbox SET payload = jsonb_set(payload, '{data,padding}', to_jsonb(repeat('y', 60000)))`);
    relay.start();
    await eventually(async () => ((await unpublished(node)) === 0 ? true : undefined), 20_000, 50);
    expect((await node.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE parked_at IS NOT NULL`))[0].n).toBe(0);
    expect(await messagesOn(prefix + Topics.platformProbe)).toBe(40);
  });
});
