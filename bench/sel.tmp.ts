import { randomBytes } from 'node:crypto';
import { TOPIC_REGISTRY } from '@carers/contracts';
import { createKafka, ensureTopics } from '@carers/platform/messaging';
import { cloneServiceDatabase, PROBE, startProbeNode, writeProbes } from '@carers/testing';
async function main() {
  const prefix = `stage-${randomBytes(3).toString('hex')}.`;
  const k = createKafka('stage', () => undefined);
  await ensureTopics(k, TOPIC_REGISTRY, prefix);
  const db = await cloneServiceDatabase(PROBE);
  const url = db.env['PROBE_DATABASE_URL']!;
  console.log(url);
  const writer = await startProbeNode({ appUrl: url, kafka: k, prefix, groupId: 'x', consume: false, relay: false });
  await writeProbes(writer.uow, writer.outbox, 50000, 500, 500);
  await writer.dataSource.query('UPDATE outbox SET published_at = now() WHERE id <= 25000');
  await writer.stop();
}
main().then(() => process.exit(0));
