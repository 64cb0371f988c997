import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureKafkaAndTopics, ensurePostgres } from './infrastructure';
import { progress } from './progress';
import { ServiceProcess, startServices, stopServices, waitUntilReady } from './service-processes';
import { demonstrateEventFlow } from './skeleton-demo';

const root = join(__dirname, '../..');
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
      services = startServices({ ...process.env, NODE_ENV: process.env['NODE_ENV'] ?? 'development' });
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
