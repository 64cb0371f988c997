import { randomBytes } from 'node:crypto';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { TOPIC_REGISTRY } from '@carers/contracts';
import { createKafka, ensureTopics } from '@carers/platform/messaging';
import { cloneServiceDatabase, PROBE, startProbeNode, writeProbes } from '@carers/testing';

const N = 50_000;
import { readFileSync } from 'node:fs';
function busy() { const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number); return (f[0] + f[1] + f[2] + f[5] + f[6]) * 10; }
let b0 = busy();
function lap(name: string) { const b = busy(); console.log(`${name}: machine busy ${b - b0} ms`); b0 = b; }
async function main() {
  const prefix = `stage-${randomBytes(3).toString('hex')}.`;
  const k = createKafka('stage', () => undefined);
  await ensureTopics(k, TOPIC_REGISTRY, prefix);
  const db = await cloneServiceDatabase(PROBE);
  const url = db.env['PROBE_DATABASE_URL']!;
  const writer = await startProbeNode({ appUrl: url, kafka: k, prefix, groupId: 'x', consume: false, relay: false, batchSize: Number(process.env.RELAY_BATCH ?? 1000) });
  const s0 = new Session(); s0.connect(); await s0.post('Profiler.enable'); await s0.post('Profiler.start');
  b0 = busy(); const cpu0 = process.cpuUsage();
  let t = Date.now();
  await writeProbes(writer.uow, writer.outbox, N, 500, Number(process.env.PER_TX ?? 500));
  const c1 = process.cpuUsage(cpu0);
  { const { profile } = await s0.post('Profiler.stop'); writeFileSync('/tmp/write.cpuprofile', JSON.stringify(profile)); }
  lap('write'); console.log(`write: ${Date.now() - t} ms, node cpu ${(c1.user + c1.system) / 1000} ms`);
  t = Date.now();
  const session = new Session(); session.connect(); await session.post('Profiler.enable'); await session.post('Profiler.start');
  b0 = busy(); const cpu1 = process.cpuUsage();
  writer.relay.start();
  while ((await writer.relay.backlog()).count > 0) await new Promise((r) => setTimeout(r, 20));
  const c2 = process.cpuUsage(cpu1);
  const { profile } = await session.post('Profiler.stop'); writeFileSync('/tmp/relay.cpuprofile', JSON.stringify(profile));
  console.log(JSON.stringify((globalThis as any).__T)); console.log(`relay: ${Date.now() - t} ms, node cpu ${(c2.user + c2.system) / 1000} ms`);
  await writer.stop();
  t = Date.now();
  let applied = 0;
  let done: () => void;
  const fin = new Promise<void>((r) => { done = r; });
  b0 = busy(); const cpu2 = process.cpuUsage();
  const reader = await startProbeNode({ appUrl: url, kafka: k, prefix, groupId: prefix + 'g', relay: false, onCommitted: (e) => { applied += e.length; if (applied >= N) done(); } });
  await fin;
  const c3 = process.cpuUsage(cpu2);
  lap('consume'); console.log(`consume: ${Date.now() - t} ms (incl. join), node cpu ${(c3.user + c3.system) / 1000} ms`);
  await reader.stop();
  await db.drop();
}
main().then(() => process.exit(0));
