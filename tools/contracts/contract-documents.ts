import { CORRELATION_ID, EVENT_CATALOGUE, EVENT_LIMITS, GSS_CODE, REJECTION_REASONS, TOPIC_REGISTRY, topicConfig } from '@carers/contracts';
import { allEventSchemas, JsonSchema as Schema } from '@carers/platform/messaging';

export { allEventSchemas };

const OWNER_SERVICE: Record<string, string> = {
  registration: 'registration',
  assessments: 'assessments',
  performance: 'performance',
  escalation: 'escalation',
  platform: 'platform',
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

const LIMITS =
  `Every event is at most ${EVENT_LIMITS.maxBytes} bytes of UTF-8 and ${EVENT_LIMITS.maxDepth} levels of objects and arrays deep (the envelope is level 1), ` +
  'holds no NUL character or lone surrogate, and meets its JSON Schema exactly: a field the schema does not declare is refused, not stored. ' +
  'These bounds are checked before anything else reads a message. Topics accept up to max.message.bytes (1 MiB), so a larger event still reaches ' +
  `its consumer and is parked with a reason. A refused event is parked with one of: ${REJECTION_REASONS.join(', ')}; a provider's system learns why on its own rejections topic, provider.rejections.v1.<provider id>.`;

const IDENTITY =
  'Provider identity (ADR 0014): each consortium member connects as its own SCRAM-SHA-512 user, named as its provider id, and may write ' +
  'only its own topics of the three inbound families (<family>.<provider id>) and read only its own rejections; the broker refuses anything else. ' +
  'The platform acts on the provider whose topic an event came on: an event whose source or data.providerId names another is refused as wrong-sender, ' +
  'one for a council whose contract it does not hold as wrong-tenant, and event ids are deduplicated per provider.';

const SERVERS: Schema = {
  providers: {
    host: 'kafka.carers.example.gov.uk:9094',
    protocol: 'kafka-secure',
    description:
      "The providers' listener in production (the cluster's external listener): TLS, SCRAM-SHA-512, ACLs. The council's IT service gives each provider the host, the CA certificate and its credentials.",
    security: [{ $ref: '#/components/securitySchemes/providerScram' }],
  },
  'providers-local': {
    host: '127.0.0.1:9094',
    protocol: 'kafka',
    description:
      "The local broker's providers' listener (npm run kafka:start): SASL/SCRAM-SHA-512 without TLS, ACLs on; credentials from npm run provider -- add.",
    security: [{ $ref: '#/components/securitySchemes/providerScram' }],
  },
  services: {
    host: 'carers-kafka-bootstrap.carers.svc:9093',
    protocol: 'kafka-secure',
    description: "The services' own listener, inside the cluster only: TLS, SCRAM-SHA-512 service users.",
    security: [{ $ref: '#/components/securitySchemes/serviceScram' }],
  },
};

const SECURITY_SCHEMES: Schema = {
  providerScram: { type: 'scramSha512', description: "A provider's Kafka user: its name is the provider id." },
  serviceScram: {
    type: 'scramSha512',
    description: 'A service user (svc-<service>): writes only its own topics, reads only what it consumes.',
  },
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
    const address = topic.perProvider ? `${topic.name}.{providerId}` : topic.name;
    channels[id] = {
      address,
      description: `${topic.description} Key: ${topic.key}. Partitions: ${topic.partitions}.${topic.perProvider ? ' One topic per provider, created when it is onboarded.' : ''}`,
      ...(topic.perProvider
        ? {
            servers: [{ $ref: '#/servers/providers' }, { $ref: '#/servers/providers-local' }, { $ref: '#/servers/services' }],
            parameters: {
              providerId: {
                description: 'The provider id: the name of the Kafka user that alone may write (or, for rejections, read) this topic.',
                examples: ['vale-family-support'],
              },
            },
          }
        : { servers: [{ $ref: '#/servers/services' }] }),
      messages: Object.fromEntries(events.map((c) => [c.name, { $ref: `#/components/messages/${c.name}` }])),
      bindings: {
        kafka: {
          topic: address,
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
        ? "Each consortium member publishes on its own topic, as its own Kafka user; the platform validates each event, binds it to that provider, checks the council against the provider's contracts and deduplicates it per provider."
        : `Published by ${OWNER_SERVICE[topic.owner] ?? 'the platform'} through its transactional outbox.`,
      messages: events.map((c) => ({ $ref: `#/channels/${id}/messages/${c.name}` })),
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Carers platform events',
      version: '1.0.0',
      description:
        'Every event on the platform, as CloudEvents 1.0 structured JSON. Events carry pseudonymous ids, codes, bands and dates only: never names, addresses, dates of birth or health details. Message key = aggregate id (provider id on provider topics). ' +
        LIMITS +
        ' ' +
        IDENTITY,
    },
    defaultContentType: 'application/cloudevents+json',
    servers: SERVERS,
    channels,
    operations,
    components: { messages, securitySchemes: SECURITY_SCHEMES },
  };
}
