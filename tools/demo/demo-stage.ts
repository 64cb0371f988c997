import { TOPIC_REGISTRY } from '@carers/contracts';
import { createKafka, ensureProviderTopics, ensureTopics, Kafka, kafkaBrokers } from '@carers/platform/messaging';
import { WILTSHIRE_CONSORTIUM } from './demo-year';
import { databaseUrls, dropDatabase, ensureDatabase, withDatabase } from '@carers/platform/persistence';

/**
 * The demo plays on a stage of its own, fresh each run: its own database per service (carers_demo_<service>) and
 * its own topics (prefixed demo-<run>.), so it never mixes with the development data and always starts from nothing.
 */
export async function prepareDemoStage(services: readonly { name: string }[]): Promise<{ env: NodeJS.ProcessEnv; topicPrefix: string }> {
  const env: NodeJS.ProcessEnv = {};
  for (const { name } of services) {
    const key = name.toUpperCase().replace(/-/g, '_');
    const usual = databaseUrls(name, {});
    const database = `carers_demo_${name.replace(/-/g, '_')}`;
    const migrations = withDatabase(usual.migrations, database);
    await dropDatabase(migrations, database);
    await ensureDatabase(migrations, database, usual.appRole);
    env[`${key}_DATABASE_URL`] = withDatabase(usual.app, database);
    env[`${key}_MIGRATIONS_DATABASE_URL`] = migrations;
  }
  const kafka = createKafka('demo-stage', () => undefined, kafkaBrokers());
  const topicPrefix = `demo-${Date.now().toString(36)}.`;
  await ensureTopics(kafka, TOPIC_REGISTRY, topicPrefix);
  // the consortium's own topics exist before the services start, so they read them from their first poll (ADR 0014)
  for (const m of WILTSHIRE_CONSORTIUM) await ensureProviderTopics(kafka, m.providerId, topicPrefix);
  await removeEarlierDemoTopics(kafka, topicPrefix);
  return { env: { ...env, KAFKA_TOPIC_PREFIX: topicPrefix }, topicPrefix };
}

/** Earlier runs' topics go, so the broker does not fill up with demos; a failure here only leaves them for next time. */
async function removeEarlierDemoTopics(kafka: Kafka, keepPrefix: string): Promise<void> {
  const admin = kafka.admin();
  try {
    await admin.connect();
    const old = (await admin.listTopics()).filter((t) => t.startsWith('demo-') && !t.startsWith(keepPrefix));
    if (old.length) await admin.deleteTopics({ topics: old, timeout: 10_000 });
  } catch {
    // the next run tries again
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
