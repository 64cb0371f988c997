// A probe node as its own process, for the kill -9 proofs. Env: PROBE_APP_URL, KAFKA_BROKERS, PROBE_PREFIX,
// PROBE_GROUP, PROBE_ROLE (consumer | producer), and for producers PROBE_TOTAL, PROBE_KEYS, PROBE_RUN.
import { createKafka } from '@carers/platform/messaging';
import { startProbeNode, writeProbes } from './probe-service';

async function main() {
  const env = process.env;
  const role = env['PROBE_ROLE'] ?? 'consumer';
  const node = await startProbeNode({
    appUrl: env['PROBE_APP_URL']!,
    kafka: createKafka(`probe-${role}`, () => undefined),
    prefix: env['PROBE_PREFIX']!,
    groupId: env['PROBE_GROUP']!,
    consume: role === 'consumer',
    relay: role === 'producer',
    sessionTimeout: 6000,
  });
  process.stdout.write('ready\n');
  if (role === 'producer') {
    const total = Number(env['PROBE_TOTAL'] ?? 0);
    for (let written = 0; written < total; written += 100) {
      await writeProbes(
        node.uow,
        node.outbox,
        Math.min(100, total - written),
        Number(env['PROBE_KEYS'] ?? 10),
        100,
        written,
        env['PROBE_RUN'] ?? 'run',
      );
      process.stdout.write(`committed ${written + Math.min(100, total - written)}\n`);
    }
  }
  process.once('SIGTERM', () => void node.stop().then(() => process.exit(0)));
}

main().catch((error) => {
  process.stderr.write(`probe node failed: ${error.stack}\n`);
  process.exit(1);
});
