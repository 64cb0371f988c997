import { readFileSync } from 'node:fs';
import { Admin, ConfigResourceTypes, Kafka, KafkaConfig, logLevel, LogEntry, SASLOptions } from 'kafkajs';
import { providerTopic, TOPIC_REGISTRY, TopicDefinition, topicConfig } from '@carers/contracts';

process.env['KAFKAJS_NO_PARTITIONER_WARNING'] ??= '1';

export function kafkaBrokers(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env['KAFKA_BROKERS'] ?? '127.0.0.1:9092')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
}

/**
 * TLS and SASL/SCRAM for a secured cluster (Strimzi in k8s/): KAFKA_SSL=true with KAFKA_SSL_CA_FILE, and
 * KAFKA_SASL_MECHANISM (scram-sha-256 or scram-sha-512) with KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD.
 * Without them the client speaks plaintext, as to the local broker.
 */
export function kafkaSecurity(env: NodeJS.ProcessEnv = process.env): Pick<KafkaConfig, 'ssl' | 'sasl'> {
  const caFile = env['KAFKA_SSL_CA_FILE'];
  const ssl = env['KAFKA_SSL'] === 'true' ? (caFile ? { ca: [readFileSync(caFile, 'utf8')] } : true) : undefined;
  const mechanism = env['KAFKA_SASL_MECHANISM'];
  if (!mechanism) return { ssl };
  if (mechanism !== 'scram-sha-256' && mechanism !== 'scram-sha-512')
    throw new Error(`KAFKA_SASL_MECHANISM must be scram-sha-256 or scram-sha-512, not ${mechanism}`);
  const username = env['KAFKA_SASL_USERNAME'];
  const password = env['KAFKA_SASL_PASSWORD'];
  if (!username || !password) throw new Error('KAFKA_SASL_MECHANISM is set: give KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD too');
  const sasl: SASLOptions = { mechanism, username, password };
  return { ssl, sasl };
}

type LogSink = (level: 'error' | 'warn' | 'info' | 'debug', entry: Record<string, unknown>) => void;

/** The one place kafkajs clients are made, so every part of the platform talks to Kafka the same way. */
export function createKafka(clientId: string, log?: LogSink, brokers = kafkaBrokers()): Kafka {
  return new Kafka({
    clientId,
    brokers,
    ...kafkaSecurity(),
    connectionTimeout: 3000,
    requestTimeout: 30000,
    retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 5000 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ namespace, level, log: entry }: LogEntry) => {
        const { message, ...rest } = entry;
        // the relay retries whole batches itself and the inbox deduplicates; exactly-once on the wire is not relied on
        if (message.startsWith('Limiting retries for the idempotent producer')) return;
        const sink = log ?? ((lvl, e) => (lvl === 'error' ? console.error : console.warn)(JSON.stringify({ level: lvl, ...e })));
        sink(level === logLevel.ERROR ? 'error' : level === logLevel.WARN ? 'warn' : 'info', { msg: message, kafka: namespace, ...rest });
      },
  });
}

const entriesOf = (config: Record<string, string>) => Object.entries(config).map(([name, value]) => ({ name, value }));

/**
 * Creates every registry topic that does not exist yet (never relies on broker auto-creation), with the
 * registry's retention and size limits; a topic that exists with other values is brought back to them.
 * A per-provider family is no topic itself: its topics are made when a provider is onboarded (ensureProviderTopics).
 */
export async function ensureTopics(kafka: Kafka, registry: readonly TopicDefinition[], prefix = '', timeoutMs = 30_000): Promise<string[]> {
  const topics = registry.filter((t) => !t.perProvider);
  if (!topics.length) return [];
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(prefix + t.name));
    if (missing.length) {
      await admin.createTopics({
        topics: missing.map((t) => ({
          topic: prefix + t.name,
          numPartitions: t.partitions,
          replicationFactor: -1,
          configEntries: entriesOf(topicConfig(t)),
        })),
        waitForLeaders: false,
      });
      await untilLeadersElected(
        admin,
        missing.map((t) => prefix + t.name),
        timeoutMs,
      );
    }
    await alignConfigs(
      admin,
      topics.filter((t) => existing.has(prefix + t.name)),
      prefix,
    );
    return missing.map((t) => prefix + t.name);
  } finally {
    await admin.disconnect();
  }
}

/** One provider's own topics (its inbound streams and its rejections), as its family defines them (ADR 0014). */
export function ensureProviderTopics(kafka: Kafka, providerId: string, prefix = ''): Promise<string[]> {
  const own = TOPIC_REGISTRY.filter((t) => t.perProvider).map((t) => ({
    ...t,
    name: providerTopic(t.name, providerId),
    perProvider: undefined,
  }));
  return ensureTopics(kafka, own, prefix);
}

async function alignConfigs(admin: Admin, topics: readonly TopicDefinition[], prefix: string): Promise<void> {
  if (!topics.length) return;
  const wanted = new Map(topics.map((t) => [prefix + t.name, topicConfig(t)]));
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: [...wanted.keys()].map((name) => ({
      type: ConfigResourceTypes.TOPIC,
      name,
      configNames: Object.keys(topicConfig(topics[0])),
    })),
  });
  const drifted = resources.filter((r) =>
    Object.entries(wanted.get(r.resourceName)!).some(([k, v]) => r.configEntries.find((e) => e.configName === k)?.configValue !== v),
  );
  if (!drifted.length) return;
  await admin.alterConfigs({
    validateOnly: false,
    resources: drifted.map((r) => ({
      type: ConfigResourceTypes.TOPIC,
      name: r.resourceName,
      configEntries: entriesOf(wanted.get(r.resourceName)!),
    })),
  });
}

/**
 * Waits until every partition of new topics has a leader. A KRaft broker may briefly answer "unknown topic"
 * for a topic it has just created, which kafkajs's own waitForLeaders treats as fatal.
 */
async function untilLeadersElected(admin: Admin, topics: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const metadata = await admin.fetchTopicMetadata({ topics });
      if (metadata.topics.every((t) => t.partitions.length && t.partitions.every((p) => p.leader >= 0))) return;
    } catch (error) {
      const type = (error as { type?: string }).type;
      if (type !== 'UNKNOWN_TOPIC_OR_PARTITION' && type !== 'LEADER_NOT_AVAILABLE') throw error;
    }
    if (Date.now() > deadline)
      throw new Error(`topics created but without leaders after ${timeoutMs / 1000} s: ${topics.join(', ')}; check the broker's log`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A provider system's client, as the demo and the proofs play one: its own SCRAM-SHA-512 user on the providers' listener (ADR 0014). */
export function createProviderKafka(
  clientId: string,
  credentials: { brokers: string[]; username: string; password: string; ssl?: boolean },
  quiet = false,
): Kafka {
  return new Kafka({
    clientId,
    brokers: credentials.brokers,
    ssl: credentials.ssl,
    sasl: { mechanism: 'scram-sha-512', username: credentials.username, password: credentials.password },
    connectionTimeout: 3000,
    logLevel: quiet ? logLevel.NOTHING : logLevel.ERROR,
    retry: { retries: quiet ? 2 : 8, initialRetryTime: 100 },
  });
}
