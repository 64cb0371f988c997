import { EVENT_CATALOGUE, TOPIC_REGISTRY } from '@carers/contracts';
import { allEventSchemas, JsonSchema as Schema } from '@carers/platform/messaging';

export { allEventSchemas };

const OWNER_SERVICE: Record<string, string> = {
  registration: 'registration', assessments: 'assessments', performance: 'performance', escalation: 'escalation', platform: 'platform',
};

/** AsyncAPI 3.0: a channel per topic, a message per event type, who sends and who receives. */
export function asyncApiDocument(): Schema {
  const schemas = allEventSchemas();
  const channels: Schema = {};
  const operations: Schema = {};
  const messages: Schema = {};
  for (const topic of TOPIC_REGISTRY) {
    const id = topic.name.replace(/[^A-Za-z0-9]/g, '_');
    const events = EVENT_CATALOGUE.filter((c) => c.topic === topic.name);
    channels[id] = {
      address: topic.name,
      description: `${topic.description} Key: ${topic.key}. Partitions: ${topic.partitions}.`,
      messages: Object.fromEntries(events.map((c) => [c.name, { $ref: `#/components/messages/${c.name}` }])),
    };
    for (const c of events) {
      messages[c.name] = {
        name: c.type,
        title: c.name,
        summary: c.description,
        contentType: 'application/cloudevents+json',
        payload: schemas[c.type],
      };
    }
    const inbound = topic.owner === 'provider' && topic.name !== 'provider.rejections.v1';
    operations[`${inbound ? 'receive' : 'send'}_${id}`] = {
      action: inbound ? 'receive' : 'send',
      channel: { $ref: `#/channels/${id}` },
      summary: inbound
        ? 'Consortium members publish here; the platform validates, authorises and deduplicates each event.'
        : `Published by ${OWNER_SERVICE[topic.owner] ?? 'the platform'} through its transactional outbox.`,
      messages: events.map((c) => ({ $ref: `#/channels/${id}/messages/${c.name}` })),
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Carers platform events',
      version: '1.0.0',
      description: 'Every event on the platform, as CloudEvents 1.0 structured JSON. Events carry pseudonymous ids, codes, bands and dates only: never names, addresses, dates of birth or health details. Message key = aggregate id (provider id on provider topics).',
    },
    defaultContentType: 'application/cloudevents+json',
    channels,
    operations,
    components: { messages },
  };
}
