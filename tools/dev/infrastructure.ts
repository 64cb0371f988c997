import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { Client } from 'pg';
import { TOPIC_REGISTRY } from '@carers/contracts';
import { createKafka, ensureTopics } from '@carers/platform/messaging';
import { databaseUrls, ensureDatabase, redact, withDatabase } from '@carers/platform/persistence';
import { SERVICES } from './services';

const { ensureKafka } = require('../kafka/kafka.js') as {
  ensureKafka(o: { log: (m: string) => void }): Promise<{ brokers: string[]; started: boolean; stop(): Promise<void> }>;
};

export type Step = <T>(title: string, work: () => Promise<T>) => Promise<T>;

/** PostgreSQL: reachable, or the local Debian cluster started; then each service's database and role. */
export async function ensurePostgres(step: Step): Promise<void> {
  const owner = databaseUrls(SERVICES[0].name).migrations;
  await step('PostgreSQL reachable', async () => {
    if (await canConnect(owner)) return;
    const clusters = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql') : [];
    if (!clusters.length) {
      throw new Error(
        `No PostgreSQL at ${redact(withDatabase(owner, 'postgres'))} and no local cluster to start. ` +
          'Install PostgreSQL (apt-get install -y postgresql) or set <SERVICE>_DATABASE_URL and <SERVICE>_MIGRATIONS_DATABASE_URL (see README).',
      );
    }
    execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', clusters[0], 'main', 'start'], { stdio: 'inherit' });
    for (let i = 0; i < 30 && !(await canConnect(owner)); i++) await new Promise((r) => setTimeout(r, 500));
    if (!(await canConnect(owner)))
      throw new Error('Started the local PostgreSQL cluster but it does not accept connections; see /var/log/postgresql/.');
  });
  await step('service databases and roles', async () => {
    for (const s of SERVICES) {
      const urls = databaseUrls(s.name);
      await ensureDatabase(urls.migrations, urls.database, urls.appRole);
    }
  });
}

/** Kafka: the given broker (KAFKA_BROKERS) or the project's own; then every topic in the registry. */
export async function ensureKafkaAndTopics(step: Step, log: (m: string) => void) {
  const kafka = await step('Kafka broker', () => ensureKafka({ log }));
  process.env['KAFKA_BROKERS'] = kafka.brokers.join(',');
  await step(`topics (${TOPIC_REGISTRY.length} from the registry)`, () =>
    ensureTopics(createKafka('setup', undefined, kafka.brokers), TOPIC_REGISTRY),
  );
  return kafka;
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: withDatabase(url, 'postgres'), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The prefix every test's isolated topics carry (libs/testing isolatedTopics): `t-<label>-<hex>.`. */
const TEST_TOPIC = /^t-[a-z0-9-]+-[0-9a-f]{8}\./;

/**
 * Deletes the isolated topics earlier test runs left on the broker. Each run creates thousands of partitions, and a
 * broker that keeps them all runs out of open files after a few runs (seen here: 19,703 partitions, "Too many open
 * files", the broker down mid-suite). Only names of the tests' own pattern are touched.
 */
export async function deleteTestTopics(brokers: string[]): Promise<number> {
  const admin = createKafka('test-cleanup', undefined, brokers).admin();
  await admin.connect();
  try {
    const leftovers = (await admin.listTopics()).filter((t) => TEST_TOPIC.test(t));
    for (let i = 0; i < leftovers.length; i += 200) await admin.deleteTopics({ topics: leftovers.slice(i, i + 200), timeout: 60_000 });
    return leftovers.length;
  } finally {
    await admin.disconnect();
  }
}
