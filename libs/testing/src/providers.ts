import { ProviderContractRecorded, ProviderRole, providerTopic, topicDefinition, Topics } from '@carers/contracts';
import { createKafka, ensureProviderTopics, kafkaBrokers } from '@carers/platform/messaging';
import { eventMessage } from './event-messages';

export interface TestProvider {
  providerId: string;
  name: string;
  councils: { tenantId: string; consortiumId: string; role: ProviderRole }[];
}

/** The fictional providers the services' seeds know: Herefordshire's one service and Wiltshire's three-member consortium. */
export const TEST_PROVIDERS: readonly TestProvider[] = [
  { providerId: 'hfd-carers-hub', name: 'Herefordshire Carers Hub', councils: [{ tenantId: 'E06000019', consortiumId: 'hfd-consortium', role: 'lead' }] },
  { providerId: 'carers-together', name: 'Carers Together (lead)', councils: [{ tenantId: 'E06000054', consortiumId: 'carers-together-consortium', role: 'lead' }] },
  { providerId: 'downs-carers-trust', name: 'Downs Carers Trust', councils: [{ tenantId: 'E06000054', consortiumId: 'carers-together-consortium', role: 'member' }] },
  { providerId: 'vale-family-support', name: 'Vale Family Support', councils: [{ tenantId: 'E06000054', consortiumId: 'carers-together-consortium', role: 'member' }] },
];

/** The provider registry's events for a provider, as performance publishes them when it is onboarded. */
export function providerContractMessages(provider: TestProvider, active = true): { key: string; value: string }[] {
  return provider.councils.map((c) => eventMessage(ProviderContractRecorded.type,
    { providerId: provider.providerId, consortiumId: c.consortiumId, role: c.role, active },
    { key: `${provider.providerId}:${c.tenantId}`, source: 'performance', tenant: c.tenantId }));
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
    await producer.send({ topic: prefix + Topics.performanceProvider, acks: -1, messages: providers.flatMap((p) => providerContractMessages(p)) });
  } finally {
    await producer.disconnect();
  }
}

/** Where a sender publishes an event of a topic family: a provider's own topic of a per-provider family, else the topic. */
export function topicFor(topic: string, sender: string): string {
  return topicDefinition(topic)?.perProvider ? providerTopic(topic, sender) : topic;
}
