// Backbone benchmark: npm run bench:backbone [-- --events 50000]
// (b) the full path: command transaction with outbox rows -> relay -> Kafka -> inbox + projection commit, consumer
// in its own process; (a) raw kafkajs produce -> consume (no-op handler) of the very messages the relay sent in (b);
// (c) latency at half the full path's rate. Each of (a) and (b) also reports the machine's CPU time per event.
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { TOPIC_REGISTRY, Topics } from '@carers/contracts';
import { createKafka, ensureTopics } from '@carers/platform/messaging';
import { cloneServiceDatabase, PROBE, startProbeNode, writeProbes } from '@carers/testing';
import { numberArg as argValue, benchLog as log, cpuMeter, percentile } from '../bench-cli';

// the project's own broker manager (plain JS, run by npm start and npm test too)
const { ensureKafka } = require(join(process.cwd(), 'tools/kafka/kafka.js'));

const root = join(__dirname, '../..');
const EVENTS = argValue('events', 50_000);
const KEYS = argValue('keys', 500);

function child(script: string, env: NodeJS.ProcessEnv, onLine: (line: string) => void) {
  const profile = process.env['BENCH_PROFILE_DIR'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE_DIR']}`] : [];
  const proc = spawn(process.execPath, [...profile, join(root, 'tools/dev/run-ts.js'), join(__dirname, script)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let buffer = '';
  let ready: () => void;
  const isReady = new Promise<void>((r) => {
    ready = r;
  });
  proc.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines) {
      if (line === 'ready') ready();
      else onLine(line);
    }
  });
  return { proc, isReady };
}

async function stop(proc: ChildProcess) {
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGTERM');
  await exited;
}

interface Sent {
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** The messages the relay published from a database's outbox, in order. */
async function publishedMessages(dataSource: DataSource): Promise<Sent[]> {
  const rows: { message_key: string; payload: string; headers: Record<string, string> }[] = await dataSource.query(
    'SELECT message_key, payload::text AS payload, headers FROM outbox WHERE published_at IS NOT NULL ORDER BY id',
  );
  return rows.map((r) => ({ key: r.message_key, value: r.payload, headers: r.headers }));
}

async function raw(prefix: string, sent: Sent[]): Promise<Run> {
  const kafka = createKafka('bench-raw', () => undefined);
  const topic = `${prefix}${Topics.platformProbe}`;
  let applied = 0;
  let done: () => void;
  const finished = new Promise<void>((r) => {
    done = r;
  });
  const consumer = child('raw-consumer.ts', { BENCH_GROUP: `${prefix}raw`, BENCH_TOPIC: topic }, (line) => {
    applied = Number(line.split(' ')[1]);
    if (applied >= sent.length) done();
  });
  await consumer.isReady;
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const started = Date.now();
  const cpu = cpuMeter();
  for (let i = 0; i < sent.length; i += 1000) await producer.send({ topic, acks: -1, messages: sent.slice(i, i + 1000) });
  await finished;
  const used = cpu.stop(sent.length);
  const run = { rate: sent.length / ((Date.now() - started) / 1000), cpuPerEventUs: used.perEventUs, latencies: [] };
  log(`    CPU used by program: ${used.byProgram}`);
  await producer.disconnect();
  await stop(consumer.proc);
  return run;
}

interface Run {
  rate: number;
  cpuPerEventUs: number;
  latencies: number[];
}

async function full(prefix: string, appUrl: string, ratePerSecond?: number): Promise<Run & { sent: Sent[] }> {
  const kafka = createKafka('bench-full', () => undefined);
  const writer = await startProbeNode({ appUrl, kafka, prefix, groupId: `${prefix}unused`, consume: false, batchSize: 1000 });
  let applied = 0;
  const latencies: number[] = [];
  let done: () => void;
  const finished = new Promise<void>((r) => {
    done = r;
  });
  const total = ratePerSecond ? Math.min(EVENTS, Math.round(ratePerSecond * 20)) : EVENTS;
  const consumer = child('full-consumer.ts', { PROBE_APP_URL: appUrl, PROBE_PREFIX: prefix, PROBE_GROUP: `${prefix}full` }, (line) => {
    const [, n, list] = line.split(' ');
    applied += Number(n);
    if (ratePerSecond && list) for (const l of list.split(',')) latencies.push(Number(l));
    if (applied >= total) done();
  });
  await consumer.isReady;
  const started = Date.now();
  const cpu = cpuMeter();
  if (ratePerSecond) {
    // steady load: a command transaction of 10 events every 10/rate seconds
    const perTx = 10;
    for (let written = 0; written < total; written += perTx) {
      const due = started + (written / ratePerSecond) * 1000;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      await writeProbes(writer.uow, writer.outbox, perTx, KEYS, perTx, written, 'lat');
    }
  } else {
    await writeProbes(writer.uow, writer.outbox, total, KEYS, 500);
    log(`    commands committed after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    while ((await writer.relay.backlog()).count > 0) await new Promise((r) => setTimeout(r, 50));
    log(`    relay published everything after ${((Date.now() - started) / 1000).toFixed(1)} s; consumer has applied ${applied}`);
  }
  await finished;
  const seconds = (Date.now() - started) / 1000;
  const used = cpu.stop(total);
  log(`    CPU used by program: ${used.byProgram}`);
  await stop(consumer.proc);
  const sent = await publishedMessages(writer.dataSource);
  await writer.stop();
  return { rate: total / seconds, cpuPerEventUs: used.perEventUs, latencies, sent };
}

async function main() {
  const kafka = await ensureKafka({ log });
  log(
    `Kafka ${kafka.brokers.join(',')}; ${EVENTS} events over ${KEYS} keys, ${TOPIC_REGISTRY.find((t) => t.name === Topics.platformProbe)!.partitions} partitions`,
  );
  const k = createKafka('bench-setup', () => undefined);
  const runs = ['raw', 'full', 'lat'].map((name) => `bench-${name}-${randomBytes(3).toString('hex')}.`);
  for (const prefix of runs) await ensureTopics(k, TOPIC_REGISTRY, prefix);
  const dbs = await Promise.all([cloneServiceDatabase(PROBE), cloneServiceDatabase(PROBE)]);
  try {
    log('(b) full path: command transactions of 500 outbox rows -> relay -> Kafka -> inbox + projection (consumer process) ...');
    const fullRun = await full(runs[1], dbs[0].env['PROBE_DATABASE_URL']!);
    log(`(b) full: ${Math.round(fullRun.rate)} events/s applied`);
    log(
      `(a) raw kafkajs: the same ${fullRun.sent.length} messages (value and headers), producer batches of 1000, acks=all, idempotent -> consumer process, no-op eachBatch ...`,
    );
    const rawRun = await raw(runs[0], fullRun.sent);
    log(`(a) raw: ${Math.round(rawRun.rate)} events/s`);
    const half = Math.round(fullRun.rate / 2);
    log(`(c) latency at half the full rate (${half} events/s, 20 s, transactions of 10) ...`);
    const latRun = await full(runs[2], dbs[1].env['PROBE_DATABASE_URL']!, half);
    const sorted = latRun.latencies.sort((a, b) => a - b);
    console.log('\nBackbone benchmark (one run, this machine)');
    const cores = availableParallelism();
    console.log(
      `  (a) raw kafkajs produce -> consume      ${Math.round(rawRun.rate).toString().padStart(8)} events/s   machine CPU ${Math.round(rawRun.cpuPerEventUs)} µs/event`,
    );
    console.log(
      `  (b) outbox -> relay -> inbox + commit   ${Math.round(fullRun.rate).toString().padStart(8)} events/s   machine CPU ${Math.round(fullRun.cpuPerEventUs)} µs/event   (target >= 5,000)`,
    );
    console.log(
      `  ratio (b)/(a)                           ${(fullRun.rate / rawRun.rate).toFixed(2).padStart(8)}            (target >= 0.5)`,
    );
    console.log(
      `      CPU-bound ceiling of (b) on ${cores} cores: ${Math.round((cores * 1e6) / fullRun.cpuPerEventUs)} events/s (cores / CPU per event)`,
    );
    console.log(`  (c) at ${half} events/s: command transaction -> applied commit, ${sorted.length} events`);
    console.log(
      `      p50 ${percentile(sorted, 50)} ms   p99 ${percentile(sorted, 99)} ms   p999 ${percentile(sorted, 99.9)} ms   (target p99 <= 150 ms)`,
    );
  } finally {
    await Promise.all(dbs.map((d) => d.drop()));
    const admin = k.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: runs.flatMap((p) => TOPIC_REGISTRY.map((t) => p + t.name)) }).catch(() => undefined);
    await admin.disconnect();
    if (kafka.started) await kafka.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
