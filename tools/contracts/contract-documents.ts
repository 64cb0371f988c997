import { CORRELATION_ID, EVENT_CATALOGUE, EVENT_LIMITS, GSS_CODE, REJECTION_REASONS, TOPIC_REGISTRY, topicConfig } from '@carers/contracts';
import { allEventSchemas, JsonSchema as Schema } from '@carers/platform/messaging';

export { allEventSchemas };

const OWNER_SERVICE: Record<string, string> = {
  registration: 'registration', assessments: 'assessments', performance: 'performance', escalation: 'escalation', platform: 'platform',
};

/** The Kafka headers every event carries, repeating envelope fields so tools can route without parsing. */
const HEADERS: Schema = {
  type: 'object',
  properties: {
    ce_type: { type: 'string', description: 'The CloudEvents type.' },
    ce_id: { type: 'string', format: 'uuid', description: 'The CloudEvents id.' },
    tenantid: { type: 'string', pattern: GSS_CODE.source, description: "The council's GSS code." },
    traceparent: { type: 'string', pattern: '^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$', description: 'W3C trace context.' },
    correlationid: { type: 'string', pattern: CORRELATION_ID.source },
  },
};

const LIMITS = `Every event is at most ${EVENT_LIMITS.maxBytes} bytes of UTF-8 and ${EVENT_LIMITS.maxDepth} levels of objects and arrays deep (the envelope is level 1), `
  + 'holds no NUL character or lone surrogate, and meets its JSON Schema exactly: a field the schema does not declare is refused, not stored. '
  + 'These bounds are checked before anything else reads a message. Topics accept up to max.message.bytes (1 MiB), so a larger event still reaches '
  + `its consumer and is parked with a reason. A refused event is parked with one of: ${REJECTION_REASONS.join(', ')}; a provider's system learns why on provider.rejections.v1.`;

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
      bindings: {
        kafka: {
          topic: topic.name,
          partitions: topic.partitions,
          topicConfiguration: {
            'cleanup.policy': [topicConfig(topic)['cleanup.policy']],
            'retention.ms': Number(topicConfig(topic)['retention.ms']),
            'max.message.bytes': Number(topicConfig(topic)['max.message.bytes']),
          },
          bindingVersion: '0.5.0',
        },
      },
    };
    for (const c of events) {
      messages[c.name] = {
        name: c.type,
        title: c.name,
        summary: c.description,
        contentType: 'application/cloudevents+json',
        headers: HEADERS,
        payload: schemas[c.type],
        bindings: { kafka: { key: { type: 'string', maxLength: 200, description: `The ${topic.key}.` }, bindingVersion: '0.5.0' } },
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
      description: 'Every event on the platform, as CloudEvents 1.0 structured JSON. Events carry pseudonymous ids, codes, bands and dates only: never names, addresses, dates of birth or health details. Message key = aggregate id (provider id on provider topics). ' + LIMITS,
    },
    defaultContentType: 'application/cloudevents+json',
    channels,
    operations,
    components: { messages },
  };
}
