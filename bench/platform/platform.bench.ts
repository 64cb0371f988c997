// Whole-platform load benchmark: npm run bench:platform [-- --carers 34000 --speed 10]
// The demo simulator as the load generator: the four built services on a fresh demo stage and a fast clock, a
// year of a council's work played through them (HTTP for the council's staff, provider.* topics for the members'
// systems). Prints the rates the platform sustained and how far the simulator fell behind the demo clock.
import { execSync } from 'node:child_process';
import { demoClock, demoClockEnvironment, runDemo } from '../../tools/demo/demo-run';
import { prepareDemoStage } from '../../tools/demo/demo-stage';
import { ensureKafkaAndTopics, ensurePostgres } from '../../tools/dev/infrastructure';
import { startServices, stopServices, waitUntilReady } from '../../tools/dev/service-processes';
import { SERVICES } from '../../tools/dev/services';
import { numberArg as arg, benchLog as log } from '../bench-cli';

const CARERS = arg('carers', 6000);
const SPEED = arg('speed', 2);
const step = async <T>(title: string, work: () => Promise<T>) => {
  log(`${title} ...`);
  return work();
};

async function main() {
  await ensurePostgres(step);
  const kafka = await ensureKafkaAndTopics(step, log);
  const stage = await step('a fresh demo stage', () => prepareDemoStage(SERVICES));
  await step('building the services', async () =>
    execSync('npx nx run-many -t build -p registration assessments performance escalation --outputStyle=static', { stdio: 'ignore' }),
  );
  const clock = demoClock(SPEED, 15_000);
  const ports = SERVICES.map((s) => ({ name: s.name, port: s.port + 100 }));
  const services = startServices(
    { ...process.env, LOG_LEVEL: 'warn', ...stage.env, ...demoClockEnvironment(clock) },
    () => undefined,
    ports,
  );
  try {
    await waitUntilReady(services);
    const urls = { registration: services[0].url, assessments: services[1].url, performance: services[2].url, escalation: services[3].url };
    log(`playing a year: ${CARERS} carers at speed ${SPEED} (a demo day every ${clock.secondsPerDay.toFixed(3)} s)`);
    const started = Date.now();
    let alerts = 0;
    const { counts } = await runDemo({
      carers: CARERS,
      clock,
      urls,
      topicPrefix: stage.topicPrefix,
      epilogueDays: 0,
      say: (m) => {
        if (m.includes('BOARD ALERT')) alerts++;
        if (/ ended: /.test(m)) log(m.slice(0, 160));
      },
    });
    const seconds = (Date.now() - started) / 1000;
    const events = counts.registered + counts.requested + counts.providerEvents;
    console.log('\nWhole-platform benchmark: the demo simulator as load generator (one run, this machine)');
    console.log(
      `  ${CARERS} carers over a demo year in ${seconds.toFixed(0)} s (the clock allowed ${(365 * clock.secondsPerDay).toFixed(0)} s)`,
    );
    console.log(
      `  sustained: ${(counts.registered / seconds).toFixed(1)} registrations/s, ${(counts.requested / seconds).toFixed(1)} assessment requests/s, ${(counts.providerEvents / seconds).toFixed(1)} provider events/s (${(events / seconds).toFixed(1)} inputs/s in all)`,
    );
    console.log(
      `  most demo days the simulator fell behind the clock: ${counts.mostDaysBehind}; refused or failed steps: ${counts.failures}; board alerts raised: ${alerts}`,
    );
  } finally {
    await stopServices(services);
    if (kafka.started) await kafka.stop();
  }
  process.exit(0);
}

main().catch((error) => {
  console.error(`platform benchmark failed: ${error.message}`);
  process.exit(1);
});
