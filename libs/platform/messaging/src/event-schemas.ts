// @ts-expect-error class-transformer ships this module's types under types/, not beside it
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage } from 'class-validator';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { CloudEventEnvelope, EVENT_CATALOGUE, EventContract, WELLBEING_DOMAINS } from '@carers/contracts';

export type JsonSchema = Record<string, any>;

/** Schemas for the contracts' own validators, which class-validator-jsonschema cannot know. */
const CUSTOM_CONSTRAINTS: Record<string, JsonSchema> = {
  isWellbeingScores: {
    type: 'object',
    propertyNames: { enum: [...WELLBEING_DOMAINS] },
    additionalProperties: { type: 'integer', minimum: 1, maximum: 5 },
  },
};

function classSchemas(): Record<string, JsonSchema> {
  // class-validator-jsonschema reads the same decorators the contracts declare: one source of truth
  return validationMetadatasToSchemas({
    classValidatorMetadataStorage: getMetadataStorage(),
    classTransformerMetadataStorage: defaultMetadataStorage,
    refPointerPrefix: '#/definitions/',
    additionalConverters: {
      customValidation: (meta: { name?: string }) => CUSTOM_CONSTRAINTS[meta.name ?? ''] ?? {},
    },
  }) as Record<string, JsonSchema>;
}

/** Nested classes (a $ref to another class's schema) written out in place, so each event schema stands alone. */
function inlineRefs(schema: JsonSchema, schemas: Record<string, JsonSchema>): JsonSchema {
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

/**
 * The JSON Schema of one event: the CloudEvents envelope with the contract's data, closed at both levels
 * (an unknown field is refused, not stored). Published in libs/contracts/schemas and enforced at both ends.
 */
export function eventSchema(contract: EventContract, schemas = classSchemas()): JsonSchema {
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
    additionalProperties: false,
  };
}

/** Every event's schema by CloudEvents type. */
export function allEventSchemas(): Record<string, JsonSchema> {
  const schemas = classSchemas();
  return Object.fromEntries(EVENT_CATALOGUE.map((c) => [c.type, eventSchema(c, schemas)]));
}
