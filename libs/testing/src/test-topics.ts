import { randomBytes } from 'node:crypto';
import { TOPIC_REGISTRY } from '@carers/contracts';
import { createKafka, ensureTopics, kafkaBrokers } from '@carers/platform/messaging';
import { onboardTestProviders } from './providers';

/**
 * A fresh topic prefix with every registry topic created under it, so a spec never sees another's messages; the
 * seeds' providers are onboarded under it (their own topics, their contracts on the provider registry).
 */
export async function isolatedTopics(label: string): Promise<{ prefix: string; env: NodeJS.ProcessEnv }> {
  const prefix = `t-${label}-${randomBytes(4).toString('hex')}.`;
  await ensureTopics(
    createKafka(`test-${label}`, () => undefined, kafkaBrokers()),
    TOPIC_REGISTRY,
    prefix,
  );
  await onboardTestProviders(prefix);
  return { prefix, env: { KAFKA_TOPIC_PREFIX: prefix, KAFKA_GROUP_ID: `${prefix}group` } };
}
