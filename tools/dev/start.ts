import { execSync } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureKafkaAndTopics, ensurePostgres } from './infrastructure';
import { progress } from './progress';
import { ServiceProcess, startServices, stopServices, waitUntilReady } from './service-processes';
import { demonstrateEventFlow } from './skeleton-demo';

const root = join(__dirname, '../..');
const LOG_DIR = join(root, 'tmp/logs');
const NOTEWORTHY = new Set(['Bootstrap', 'Shutdown', 'Database', 'OutboxRelay']);

/** Every service log line goes to tmp/logs/<service>.log; the console shows warnings, errors and milestones. */
function consoleLog(say: (m: string) => void) {
  mkdirSync(LOG_DIR, { recursive: true });
  say(`service logs (JSON, one line per entry): ${LOG_DIR}/<service>.log`);
  return (service: string, line: string) => {
    appendFileSync(join(LOG_DIR, `${service}.log`), `${line}\n`);
    let entry: { level?: string; msg?: string; context?: string };
    try {
      entry = JSON.parse(line);
    } catch {
      entry = { level: 'info', msg: line };
    }
    if (entry.level === 'info' && !NOTEWORTHY.has(entry.context ?? '')) return;
    console.log(`  ${service.padEnd(12)} ${entry.level === 'info' ? '' : `${entry.level?.toUpperCase()} `}${entry.msg ?? line}`);
  };
}
const demo = !process.argv.includes('--no-demo');

async function main() {
  const { step, say, elapsed } = progress('start');
  let services: ServiceProcess[] = [];
  let kafka: { stop(): Promise<void>; started: boolean } | undefined;
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping the services (they finish in-flight work first) ...');
    await stopServices(services);
    if (kafka?.started) {
      say('stopping the Kafka broker this command started ...');
      await kafka.stop();
    }
    say('everything this command started has stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    await ensurePostgres(step);
    kafka = await ensureKafkaAndTopics(step, say);
    await step('build the four services', async () => {
      execSync('npx nx run-many -t build --outputStyle=static', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    });
    await step('start registration, assessments, performance and escalation (migrations run at boot)', async () => {
      services = startServices({ ...process.env, NODE_ENV: process.env['NODE_ENV'] ?? 'development' }, consoleLog(say));
      await waitUntilReady(services);
    });
    console.log('\nThe carers platform is running:');
    for (const s of services) console.log(`  ${s.name.padEnd(13)} ${s.url}   API docs ${s.url}/docs   health ${s.url}/health/ready   metrics ${s.url}/metrics`);
    console.log(`  Kafka          ${process.env['KAFKA_BROKERS']}`);
    console.log('  Get a token:   npm run token -- --role council-officer --tenant E06000054\n');
    say(`all four services ready after ${elapsed().toFixed(1)} s`);
    if (demo) {
      const flow = await step('walking skeleton: register a carer and watch the event reach assessments through Kafka', () =>
        demonstrateEventFlow(services[0].url, services[1].url));
      say(`carer ${flow.carerId} registered; assessments recorded it ${flow.ms} ms later (outbox -> relay -> Kafka -> inbox).`);
    }
    say('press Ctrl-C to stop everything.');
    for (const s of services) s.child.once('exit', (code) => { if (!stopping) { console.error(`${s.name} stopped unexpectedly (code ${code}).`); void shutdown(1); } });
  } catch (error) {
    if (!(error as { reported?: boolean }).reported) console.error(error);
    console.error('npm start failed; the step above says what to do. Stopping what was started ...');
    await shutdown(1);
  }
}

void main();
