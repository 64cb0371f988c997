import { ProviderContractRecorded, ProviderRole, providerTopic, topicDefinition, Topics } from '@carers/contracts';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import {
  createKafka,
  createProviderKafka,
  ensureProviderTopics,
  grantProviderAccess,
  Kafka,
  kafkaBrokers,
} from '@carers/platform/messaging';
import { eventMessage } from './event-messages';

export interface TestProvider {
  providerId: string;
  name: string;
  councils: { tenantId: string; consortiumId: string; role: ProviderRole }[];
}

/** The fictional providers the services' seeds know: Herefordshire's one service and Wiltshire's three-member consortium. */
export const TEST_PROVIDERS: readonly TestProvider[] = [
  {
    providerId: 'hfd-carers-hub',
    name: 'Herefordshire Carers Hub',
    councils: [{ tenantId: 'E06000019', consortiumId: 'hfd-consortium', role: 'lead' }],
  },
  {
    providerId: 'carers-together',
    name: 'Carers Together (lead)',
    councils: [{ tenantId: 'E06000054', consortiumId: 'carers-together-consortium', role: 'lead' }],
  },
  {
    providerId: 'downs-carers-trust',
    name: 'Downs Carers Trust',
    councils: [{ tenantId: 'E06000054', consortiumId: 'carers-together-consortium', role: 'member' }],
  },
  {
    providerId: 'vale-family-support',
    name: 'Vale Family Support',
    councils: [{ tenantId: 'E06000054', consortiumId: 'carers-together-consortium', role: 'member' }],
  },
];

/** The provider registry's events for a provider, as performance publishes them when it is onboarded. */
export function providerContractMessages(provider: TestProvider, active = true): { key: string; value: string }[] {
  return provider.councils.map((c) =>
    eventMessage(
      ProviderContractRecorded.type,
      { providerId: provider.providerId, consortiumId: c.consortiumId, role: c.role, active, organisation: provider.name },
      { key: `${provider.providerId}:${c.tenantId}`, source: 'performance', tenant: c.tenantId },
    ),
  );
}

/**
 * Onboards providers under a test's topic prefix as the platform operator's command does, minus the broker
 * credentials: their own topics, and their contracts on the provider registry.
 */
export async function onboardTestProviders(prefix: string, providers: readonly TestProvider[] = TEST_PROVIDERS): Promise<void> {
  const kafka = createKafka('test-onboarding', () => undefined, kafkaBrokers());
  for (const p of providers) await ensureProviderTopics(kafka, p.providerId, prefix);
  const producer = kafka.producer();
  await producer.connect();
  try {
    await producer.send({
      topic: prefix + Topics.performanceProvider,
      acks: -1,
      messages: providers.flatMap((p) => providerContractMessages(p)),
    });
  } finally {
    await producer.disconnect();
  }
}

/** Where a sender publishes an event of a topic family: a provider's own topic of a per-provider family, else the topic. */
export function topicFor(topic: string, sender: string): string {
  return topicDefinition(topic)?.perProvider ? providerTopic(topic, sender) : topic;
}

// the project's own broker scripts (plain JavaScript under tools/), as the delivery proofs load them
const brokerScripts = () =>
  require(join(process.cwd(), 'tools/kafka/kafka.js')) as {
    providerBrokers(): string[];
    setScramCredential(name: string, password: string): void;
  };

/**
 * A provider system as an outside one connects: its own SCRAM-SHA-512 user on the broker's providers' listener,
 * with its topics and ACLs under the test's prefix granted as onboarding grants them.
 */
export async function providerKafka(prefix: string, providerId: string): Promise<Kafka> {
  const password = `${providerId}-${randomBytes(12).toString('hex')}`;
  const scripts = brokerScripts();
  scripts.setScramCredential(providerId, password);
  await grantProviderAccess(
    createKafka('test-onboarding', () => undefined, kafkaBrokers()),
    providerId,
    prefix,
  );
  const kafka = createProviderKafka(providerId, { brokers: scripts.providerBrokers(), username: providerId, password }, true);
  await untilAuthorised(kafka, prefix + providerTopic(Topics.providerMonthlyReturn, providerId));
  return kafka;
}

/** The broker applies a new SCRAM credential and its ACLs a moment after they are written: wait until they hold. */
async function untilAuthorised(kafka: Kafka, ownTopic: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const admin = kafka.admin();
    try {
      await admin.connect();
      await admin.fetchTopicMetadata({ topics: [ownTopic] });
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`the provider's credential or ACLs did not take effect on ${ownTopic}: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    } finally {
      await admin.disconnect();
    }
  }
}
