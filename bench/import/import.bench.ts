// Bulk import benchmark: npm run bench:import [-- --rows 34000]
// Target: Herefordshire's register (about 34,000 carers) imported and every CarerRegistered event on Kafka in <= 30 s.
// Boots the registration service in this process on a fresh database and topics, on the real broker.
import { join } from 'node:path';
import request from 'supertest';
import { Topics } from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { bearer, startServiceUnderTest } from '@carers/testing';
import { AppModule } from '../../apps/registration/src/app.module';
import { REGISTRATION } from '../../apps/registration/src/service';
import { registerExport } from './register-export';
import { benchLog as log, numberArg } from '../bench-cli';

const { ensureKafka } = require(join(process.cwd(), 'tools/kafka/kafka.js'));
const ROWS = numberArg('rows', 34_000);

async function main() {
  await ensureKafka();
  const service = await startServiceUnderTest(AppModule, REGISTRATION, { LOG_LEVEL: 'warn' });
  const officer = await bearer({ role: 'council-officer', tenant: 'E06000019' });
  const file = registerExport(ROWS, ['hereford-city', 'north', 'south', 'east', 'west'], ['hfd-carers-hub']);
  log(`${ROWS} rows, ${(file.length / 1e6).toFixed(1)} MB; counting events on ${service.prefix}${Topics.registrationCarer}`);

  let events = 0;
  let allOnKafka: () => void;
  const onKafka = new Promise<void>((r) => (allOnKafka = r));
  const reader = createKafka('bench-import', () => undefined).consumer({ groupId: `${service.prefix}bench-reader` });
  await reader.connect();
  await reader.subscribe({ topic: service.prefix + Topics.registrationCarer, fromBeginning: true });
  await reader.run({
    eachBatch: async ({ batch }) => {
      events += batch.messages.length;
      if (events >= ROWS) allOnKafka();
    },
  });

  const job = (await request(service.url).post('/imports').set(officer).send({ source: 'bench' })).body;
  const started = Date.now();
  const progress = setInterval(async () => {
    const p = (await request(service.url).get(`/imports/${job.id}`).set(officer)).body;
    log(`  ${p.percent ?? '?'}%  ${p.rowsRead} rows  ${p.rowsPerSecond} rows/s; events on Kafka ${events}`);
  }, 2000);
  const done = await request(service.url).put(`/imports/${job.id}/file`).set(officer).set('content-type', 'text/csv').send(file);
  const imported = (Date.now() - started) / 1000;
  await onKafka;
  const published = (Date.now() - started) / 1000;
  clearInterval(progress);
  log(
    `import answered ${done.status}: accepted ${done.body.accepted}, refused ${done.body.rejected}, already there ${done.body.unchanged}`,
  );
  log(`rows imported in ${imported.toFixed(1)} s (${Math.round(ROWS / imported)} rows/s)`);
  log(`all ${events} events on Kafka after ${published.toFixed(1)} s (target <= 30 s): ${published <= 30 ? 'met' : 'NOT met'}`);
  log(`peak RSS of the service process: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  await reader.disconnect();
  await service.stop();
  process.exit(done.body.accepted === ROWS ? 0 : 1);
}

main().catch((error) => {
  console.error(`import benchmark failed: ${error.message}`);
  process.exit(1);
});
