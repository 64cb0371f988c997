import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { PROVIDER_ID, providerTopic, ProviderRole, TOPIC_REGISTRY, topicConfig } from '@carers/contracts';
import { grantProviderAccess, Kafka, providerAcls } from '@carers/platform/messaging';

// the project's own broker scripts (plain JavaScript), for the local broker's SCRAM credential
const brokerScripts = () =>
  require(join(__dirname, '../kafka/kafka.js')) as {
    providerBrokers(): string[];
    setScramCredential(name: string, password: string): void;
  };

/** A provider as the platform operator onboards it: the same data makes its contracts, its topics, its ACLs and its user (ADR 0014). */
export interface ProviderOnboarding {
  providerId: string;
  name: string;
  councils: { councilId: string; consortiumId: string; role: ProviderRole }[];
}

export interface ProviderCredentials {
  providerId: string;
  username: string;
  password: string;
  brokers: string[];
  mechanism: 'scram-sha-512';
  topicPrefix: string;
}

export const CREDENTIALS_DIR = join(__dirname, '../../.local/providers');

/**
 * Onboards a provider: records each contract through performance's admin API (the provider registry tells every
 * service), creates its topics and ACLs on the broker, and on the local broker gives its user a fresh SCRAM
 * credential, kept in .local/providers/<id>.json for its system to use.
 */
export async function onboardProvider(
  p: ProviderOnboarding,
  options: {
    performanceUrl: string;
    token: string;
    kafka: Kafka;
    topicPrefix?: string;
    localCredential?: boolean;
    say?: (m: string) => void;
  },
): Promise<ProviderCredentials | undefined> {
  if (!PROVIDER_ID.test(p.providerId))
    throw new Error(
      `a provider id is 2 to 40 lower-case letters, digits and hyphens (it names the Kafka user and topics), not ${JSON.stringify(p.providerId)}`,
    );
  if (!p.councils.length)
    throw new Error(`give ${p.providerId} at least one council contract: --council <GSS code>:<consortium id>:<lead|member>`);
  const say = options.say ?? (() => undefined);
  for (const c of p.councils) {
    const res = await fetch(`${options.performanceUrl}/admin/providers/${p.providerId}/councils/${c.councilId}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: p.name, consortiumId: c.consortiumId, role: c.role }),
    }).catch((error: Error) => {
      throw new Error(`could not reach performance at ${options.performanceUrl} (${error.message}); is the platform running (npm start)?`);
    });
    if (res.status !== 200)
      throw new Error(`performance refused ${p.providerId}'s contract with ${c.councilId}: ${res.status} ${await res.text()}`);
    say(`recorded ${p.providerId}'s contract with ${c.councilId} (${c.consortiumId}, ${c.role})`);
  }
  const prefix = options.topicPrefix ?? '';
  const { topics } = await grantProviderAccess(options.kafka, p.providerId, prefix);
  say(`${p.providerId}'s topics and ACLs are on the broker${topics.length ? ` (created ${topics.length} topics)` : ''}`);
  if (!options.localCredential) return undefined;
  const scripts = brokerScripts();
  const credentials: ProviderCredentials = {
    providerId: p.providerId,
    username: p.providerId,
    password: randomBytes(24).toString('hex'),
    brokers: scripts.providerBrokers(),
    mechanism: 'scram-sha-512',
    topicPrefix: prefix,
  };
  scripts.setScramCredential(credentials.username, credentials.password);
  mkdirSync(CREDENTIALS_DIR, { recursive: true });
  const file = join(CREDENTIALS_DIR, `${p.providerId}.json`);
  writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  chmodSync(file, 0o600);
  say(`${p.providerId}'s SCRAM-SHA-512 credential is set; its system connects to ${credentials.brokers.join(',')} with ${file}`);
  return credentials;
}

const LABELS = { 'strimzi.io/cluster': 'carers', 'app.kubernetes.io/part-of': 'carers-platform' };

const MiB = 1024 * 1024;

/**
 * What one provider's user may take of the cluster (issue 21, finding 7; docs/deployment.md): Kafka enforces each rate
 * per broker, and slows a client over it (its answers are held back) rather than refusing it, so nothing is lost. A
 * provider sends a few events a second at most (docs/scaling.md), so these leave room for a backlog after an outage
 * while keeping one member's system from starving the services that share the brokers.
 */
export const PROVIDER_QUOTAS = {
  /** bytes a second it may write, per broker */
  producerByteRate: 1 * MiB,
  /** bytes a second it may read (its rejections), per broker */
  consumerByteRate: 2 * MiB,
  /** share of one request-handler thread's time, in percent, per broker (of (network + I/O threads) x 100) */
  requestPercentage: 25,
  /** topic and partition creations and deletions a second; it has no ACL for them, so this is a second lock */
  controllerMutationRate: 1,
} as const;

/** The provider's KafkaUser (named as its provider id) and KafkaTopics for Strimzi, from the same rules as the local broker's. */
export function providerManifests(providerId: string, namespace = 'carers'): string {
  if (!PROVIDER_ID.test(providerId)) throw new Error(`not a provider id: ${JSON.stringify(providerId)}`);
  const user = {
    apiVersion: 'kafka.strimzi.io/v1beta2',
    kind: 'KafkaUser',
    metadata: { name: providerId, namespace, labels: { ...LABELS, 'carers.io/provider': providerId } },
    spec: {
      authentication: { type: 'scram-sha-512' },
      authorization: { type: 'simple', acls: providerAcls(providerId) },
      quotas: { ...PROVIDER_QUOTAS },
    },
  };
  const topics = TOPIC_REGISTRY.filter((t) => t.perProvider).map((t) => ({
    apiVersion: 'kafka.strimzi.io/v1beta2',
    kind: 'KafkaTopic',
    metadata: { name: providerTopic(t.name, providerId), namespace, labels: { ...LABELS, 'carers.io/provider': providerId } },
    spec: {
      topicName: providerTopic(t.name, providerId),
      partitions: t.partitions,
      replicas: 3,
      config: { 'min.insync.replicas': 2, ...topicConfig(t) },
    },
  }));
  return [user, ...topics].map((d) => stringify(d)).join('---\n');
}
