import { execSync } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureKafkaAndTopics, ensurePostgres } from './infrastructure';
import { progress } from './progress';
import { ServiceProcess, startServices, stopServices, waitUntilReady } from './service-processes';
import { demoClock, demoClockEnvironment, positiveOption, runDemo } from '../demo/demo-run';
import { prepareDemoStage } from '../demo/demo-stage';
import { SERVICES } from './services';

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
const BOARD = { name: 'board', port: Number(process.env['BOARD_PORT'] ?? 3000) };

async function main() {
  const { step, say, elapsed } = progress('start');
  let services: ServiceProcess[] = [];
  let kafka: { stop(): Promise<void>; started: boolean } | undefined;
  let stopping = false;
  let clock: ReturnType<typeof demoClock> | undefined;

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
    const carers = positiveOption('carers', 1200);
    const speed = positiveOption('speed', 1);
    await ensurePostgres(step);
    kafka = await ensureKafkaAndTopics(step, say);
    const stage = demo
      ? await step('a fresh stage for the demo: its own databases and topics', () => prepareDemoStage(SERVICES))
      : undefined;
    await step('build the four services and the board', async () => {
      execSync('npx nx run-many -t build --outputStyle=static', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    });
    await step('start registration, assessments, performance and escalation (migrations run at boot)', async () => {
      // the demo plays a year in minutes: every service runs on the same fast clock, which starts now
      clock = demo ? demoClock(speed, 20_000) : undefined;
      services = startServices(
        {
          ...process.env,
          NODE_ENV: process.env['NODE_ENV'] ?? 'development',
          ...stage?.env,
          ...(clock ? demoClockEnvironment(clock) : {}),
        },
        consoleLog(say),
      );
      await waitUntilReady(services);
    });
    await step(`start the board dashboard on port ${BOARD.port}`, async () => {
      const urls = Object.fromEntries(services.map((s) => [`${s.name.toUpperCase()}_URL`, s.url]));
      const board = startServices({ ...process.env, ...urls }, consoleLog(say), [BOARD]);
      services.push(...board);
      await waitUntilReady(board);
    });
    console.log('\nThe carers platform is running:');
    for (const s of services.filter((x) => x.name !== BOARD.name))
      console.log(`  ${s.name.padEnd(13)} ${s.url}   API docs ${s.url}/docs   health ${s.url}/health/ready   metrics ${s.url}/metrics`);
    console.log(`  board         http://localhost:${BOARD.port}   the Performance and Outcomes Board's dashboard`);
    console.log(`  Kafka          ${process.env['KAFKA_BROKERS']}`);
    console.log('  Get a token:   npm run token -- --role council-officer --tenant E06000054\n');
    say(`all four services ready after ${elapsed().toFixed(1)} s`);
    for (const s of services)
      s.child.once('exit', (code) => {
        if (!stopping) {
          console.error(`${s.name} stopped unexpectedly (code ${code}).`);
          void shutdown(1);
        }
      });
    if (clock) {
      say('the demo starts: open the board dashboard to watch it live. (npm start -- --no-demo runs the platform alone)');
      const urls = {
        registration: services[0].url,
        assessments: services[1].url,
        performance: services[2].url,
        escalation: services[3].url,
      };
      const { counts } = await runDemo({ carers, clock, urls, topicPrefix: stage?.topicPrefix, say: (m) => say(`demo ${m}`) });
      say(
        `the demo year is over: ${counts.registered} carers registered, ${counts.requested} assessments requested, ${counts.providerEvents} provider reports. The platform keeps running.`,
      );
    }
    say('press Ctrl-C to stop everything.');
  } catch (error) {
    if (!(error as { reported?: boolean }).reported) console.error(error);
    console.error('npm start failed; the step above says what to do. Stopping what was started ...');
    await shutdown(1);
  }
}

void main();
