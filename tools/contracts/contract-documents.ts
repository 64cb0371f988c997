// @ts-expect-error class-transformer ships this module's types under types/, not beside it
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage } from 'class-validator';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { CloudEventEnvelope, EVENT_CATALOGUE, EventContract, TOPIC_REGISTRY, WELLBEING_DOMAINS } from '@carers/contracts';

type Schema = Record<string, any>;

/** Schemas for the contracts' own validators, which class-validator-jsonschema cannot know. */
const CUSTOM_CONSTRAINTS: Record<string, Schema> = {
  isWellbeingScores: {
    type: 'object', propertyNames: { enum: [...WELLBEING_DOMAINS] }, additionalProperties: { type: 'integer', minimum: 1, maximum: 5 },
  },
};

function classSchemas(): Record<string, Schema> {
  // class-validator-jsonschema reads the same decorators the platform validates with: one source of truth
  return validationMetadatasToSchemas({
    classValidatorMetadataStorage: getMetadataStorage(),
    classTransformerMetadataStorage: defaultMetadataStorage,
    refPointerPrefix: '#/definitions/',
    additionalConverters: {
      customValidation: (meta: { name?: string; constraints?: unknown[] }) => {
        const name = (meta as { name?: string }).name ?? '';
        return CUSTOM_CONSTRAINTS[name] ?? {};
      },
    },
  }) as Record<string, Schema>;
}

/** Nested classes (a $ref to another class's schema) written out in place, so each event schema stands alone. */
function inlineRefs(schema: Schema, schemas: Record<string, Schema>): Schema {
  if (Array.isArray(schema)) return schema.map((s) => inlineRefs(s, schemas));
  if (typeof schema !== 'object' || schema === null) return schema;
  if (typeof schema['$ref'] === 'string' && schema['$ref'].startsWith('#/definitions/')) {
    const target = schemas[schema['$ref'].slice('#/definitions/'.length)];
    if (!target) throw new Error(`no schema for ${schema['$ref']}`);
    const rest = Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$ref'));
    return inlineRefs({ ...target, ...rest, additionalProperties: false }, schemas);
  }
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, inlineRefs(v, schemas)]));
}

/** The JSON Schema of one event: the CloudEvents envelope with the contract's data. */
export function eventSchema(contract: EventContract, schemas = classSchemas()): Schema {
  const envelope = schemas[CloudEventEnvelope.name];
  // an event class that only extends another (same fields, its own type) takes its parent's schema
  let owner: Function = contract;
  while (!schemas[owner.name] && Object.getPrototypeOf(owner) !== Function.prototype) owner = Object.getPrototypeOf(owner);
  const data = schemas[owner.name];
  if (!data) throw new Error(`no schema for ${contract.name}: does it carry class-validator decorators?`);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `urn:carers:event:${contract.type}`,
    title: contract.name,
    description: contract.description,
    'x-topic': contract.topic,
    type: 'object',
    properties: {
      ...envelope.properties,
      type: { const: contract.type },
      data: inlineRefs({ ...data, additionalProperties: false }, schemas),
    },
    required: [...new Set([...(envelope.required ?? []), 'data'])],
  };
}

export function allEventSchemas(): Record<string, Schema> {
  const schemas = classSchemas();
  return Object.fromEntries(EVENT_CATALOGUE.map((c) => [c.type, eventSchema(c, schemas)]));
}

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
