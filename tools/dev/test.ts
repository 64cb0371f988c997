import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureKafkaAndTopics, ensurePostgres } from './infrastructure';
import { progress } from './progress';

const root = join(__dirname, '../..');

interface Stage {
  name: string;
  command: string;
}

const STAGES: Stage[] = [
  { name: 'lint (eslint with module boundaries)', command: 'npx nx run-many -t lint --outputStyle=static' },
  { name: 'typecheck (tsc strict)', command: 'npx nx run-many -t typecheck --outputStyle=static' },
  { name: 'unit tests', command: 'npx nx run-many -t test --outputStyle=static' },
  { name: 'integration tests (real Kafka and PostgreSQL)', command: 'npx nx run-many -t int-test --parallel=1 --outputStyle=static' },
];

async function main() {
  const { step, say, elapsed } = progress('test');
  const results: { name: string; ok: boolean; seconds: number }[] = [];
  let kafka: { stop(): Promise<void>; started: boolean } | undefined;
  try {
    await ensurePostgres(step);
    kafka = await ensureKafkaAndTopics(step, say);
  } catch {
    console.error('The test infrastructure could not be set up; nothing was tested.');
    await kafka?.stop();
    process.exit(1);
  }
  for (const stage of STAGES) {
    const t0 = Date.now();
    say(`${stage.name}: ${stage.command}`);
    const run = spawnSync(stage.command, {
      cwd: root,
      stdio: 'inherit',
      shell: true,
      env: { LOG_LEVEL: 'warn', ...process.env, NX_DAEMON: 'false' },
    });
    results.push({ name: stage.name, ok: run.status === 0, seconds: (Date.now() - t0) / 1000 });
  }
  if (kafka.started) await kafka.stop();
  console.log('\nSummary');
  for (const r of results) console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name}  (${r.seconds.toFixed(1)} s)`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`\n${results.length - failed} passed, ${failed} failed  (stages; ${elapsed().toFixed(0)} s in all)`);
  process.exit(failed ? 1 : 0);
}

void main();
