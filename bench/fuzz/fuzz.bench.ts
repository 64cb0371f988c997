// Long fuzz run: npm run bench:fuzz [-- --bad 2000 --valid 20 --seed 42]
// Runs every service's inbound fuzz proof (apps/*/src/inbound.fuzz.int-spec.ts) through the real broker with many
// more generated messages than npm test sends, on a new seed each run unless one is given; prints the seed so a
// failure can be replayed with the same messages.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { benchLog as log, numberArg } from '../bench-cli';

const { ensureKafka } = require(join(process.cwd(), 'tools/kafka/kafka.js'));

const SERVICES = ['assessments', 'performance', 'escalation'];

async function main() {
  const bad = numberArg('bad', 2000);
  const valid = numberArg('valid', 20);
  const seed = numberArg('seed', Math.floor(Math.random() * 2 ** 31));
  const kafka = await ensureKafka({ log });
  const results: { service: string; ok: boolean; seconds: number }[] = [];
  try {
    for (const service of SERVICES) {
      log(`${service}: ${bad} bad and ${valid} valid messages per inbound topic, seed ${seed} ...`);
      const t0 = Date.now();
      const run = spawnSync(
        'npx',
        [
          'jest',
          '-c',
          `apps/${service}/jest.config.js`,
          '--testMatch',
          '**/inbound.fuzz.int-spec.ts',
          '--runInBand',
          '--testTimeout',
          '1800000',
        ],
        {
          cwd: join(__dirname, '../..'),
          stdio: 'inherit',
          env: {
            ...process.env,
            LOG_LEVEL: 'error',
            FUZZ_BAD_PER_TOPIC: String(bad),
            FUZZ_VALID_PER_TOPIC: String(valid),
            FUZZ_SEED: String(seed),
          },
        },
      );
      results.push({ service, ok: run.status === 0, seconds: (Date.now() - t0) / 1000 });
    }
  } finally {
    if (kafka.started) await kafka.stop();
  }
  console.log(`\nInbound fuzz (seed ${seed}; replay with: npm run bench:fuzz -- --bad ${bad} --valid ${valid} --seed ${seed})`);
  for (const r of results) console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.service.padEnd(12)} ${r.seconds.toFixed(1)} s`);
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}

void main();
