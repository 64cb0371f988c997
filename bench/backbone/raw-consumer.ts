// Child process of the backbone benchmark: a plain kafkajs consumer with a no-op eachBatch handler.
import { createKafka } from '@carers/platform/messaging';

async function main() {
  const kafka = createKafka('bench-raw-consumer', () => undefined);
  const consumer = kafka.consumer({ groupId: process.env['BENCH_GROUP']!, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topic: process.env['BENCH_TOPIC']!, fromBeginning: true });
  let applied = 0;
  await consumer.run({
    eachBatch: async ({ batch, resolveOffset }) => {
      resolveOffset(batch.lastOffset());
      applied += batch.messages.length;
      process.stdout.write(`applied ${applied}\n`);
    },
  });
  process.stdout.write('ready\n');
  process.once('SIGTERM', () => void consumer.disconnect().then(() => process.exit(0)));
}

void main();
