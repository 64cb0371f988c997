import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { deleteTestTopics, ensureKafkaAndTopics, ensurePostgres } from './infrastructure';
import { progress } from './progress';
import { scanLogCopy } from './personal-data-scan';

const root = join(__dirname, '../..');

interface Stage {
  name: string;
  command: string;
}

/** Jest's lines that name a failure: the failing file and each failing test's title. */
const FAILURE_LINE = /^\s*(FAIL\s+\S+|● .+)$/;

/** Runs a stage with its output on the console, keeping the lines that name a failure for the summary. */
function runStage(command: string): Promise<{ ok: boolean; failures: string[] }> {
  return new Promise((resolve) => {
    const failures = new Set<string>();
    const child = spawn(command, {
      cwd: root,
      stdio: ['inherit', 'pipe', 'pipe'],
      shell: true,
      env: { LOG_LEVEL: 'warn', ...process.env, CARERS_LOG_COPY: LOG_COPY, NX_DAEMON: 'false' },
    });
    const scan = (out: NodeJS.WriteStream) => {
      let rest = '';
      return (chunk: Buffer) => {
        out.write(chunk);
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) {
          const plain = stripVTControlCharacters(line);
          if (FAILURE_LINE.test(plain) && !/Console$/.test(plain)) failures.add(plain.trim());
        }
      };
    };
    child.stdout.on('data', scan(process.stdout));
    child.stderr.on('data', scan(process.stderr));
    child.on('close', (code) => resolve({ ok: code === 0, failures: [...failures] }));
  });
}

/** Every line the suites' services log, for the scan for personal data that ends the run. */
const LOG_COPY = join(tmpdir(), `carers-test-logs-${process.pid}.jsonl`);

const STAGES: Stage[] = [
  { name: 'lint (eslint with module boundaries)', command: 'npx nx run-many -t lint --outputStyle=static' },
  { name: 'typecheck (tsc strict)', command: 'npx nx run-many -t typecheck --outputStyle=static' },
  { name: 'unit tests', command: 'npx nx run-many -t test --outputStyle=static' },
  { name: 'integration tests (real Kafka and PostgreSQL)', command: 'npx nx run-many -t int-test --parallel=1 --outputStyle=static' },
];

async function main() {
  const { step, say, elapsed } = progress('test');
  const results: { name: string; ok: boolean; seconds: number; failures: string[] }[] = [];
  let kafka: { brokers: string[]; stop(): Promise<void>; started: boolean } | undefined;
  const clean = (when: string) =>
    step(`test topics left by ${when}: deleting them`, async () => say(`${await deleteTestTopics(kafka!.brokers)} deleted`));
  try {
    await ensurePostgres(step);
    kafka = await ensureKafkaAndTopics(step, say);
    await clean('earlier runs');
  } catch {
    console.error('The test infrastructure could not be set up; nothing was tested.');
    await kafka?.stop();
    process.exit(1);
  }
  for (const stage of STAGES) {
    const t0 = Date.now();
    say(`${stage.name}: ${stage.command}`);
    const run = await runStage(stage.command);
    results.push({ name: stage.name, ...run, seconds: (Date.now() - t0) / 1000 });
  }
  const t0 = Date.now();
  say(`no personal data in any log line: scanning ${LOG_COPY}`);
  const scan = await scanLogCopy(LOG_COPY);
  say(`${scan.lines} log lines scanned, ${scan.findings.length} with personal data`);
  results.push({
    name: `no personal data in the ${scan.lines} log lines the suites wrote (issue 21, finding 1)`,
    ok: scan.findings.length === 0,
    failures: scan.findings.map((f) => `${f}: log an id, never the value`),
    seconds: (Date.now() - t0) / 1000,
  });
  await rm(LOG_COPY, { force: true });
  // the broker is left as it was found, without this run's thousands of partitions
  await clean('this run').catch((e) => say(`could not delete this run's test topics (${(e as Error).message}); the next run will`));
  if (kafka.started) await kafka.stop();
  console.log('\nSummary');
  for (const r of results) {
    console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name}  (${r.seconds.toFixed(1)} s)`);
    if (!r.ok) for (const failure of r.failures.slice(0, 20)) console.log(`          ${failure}`);
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`\n${results.length - failed} passed, ${failed} failed  (stages; ${elapsed().toFixed(0)} s in all)`);
  process.exit(failed ? 1 : 0);
}

void main();
