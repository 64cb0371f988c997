// Child process of the backbone benchmark: the platform's inbox consumer folding probe events into a projection.
// Reports applied counts and, per event, the time from its command transaction to its applied commit.
import { createKafka } from '@carers/platform/messaging';
import { startProbeNode } from '@carers/testing';

async function main() {
  const node = await startProbeNode({
    appUrl: process.env['PROBE_APP_URL']!,
    kafka: createKafka('bench-full-consumer', () => undefined),
    prefix: process.env['PROBE_PREFIX']!,
    groupId: process.env['PROBE_GROUP']!,
    relay: false,
    onCommitted: (events) => {
      const now = Date.now();
      process.stdout.write(`applied ${events.length} ${events.map((e) => now - Date.parse(e.time)).join(',')}\n`);
    },
  });
  process.stdout.write('ready\n');
  process.once('SIGTERM', () => void node.stop().then(() => process.exit(0)));
}

void main();
