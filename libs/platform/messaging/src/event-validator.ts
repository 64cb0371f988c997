import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { EventContract } from '@carers/contracts';
import { allEventSchemas, JsonSchema } from './event-schemas';

const MAX_DESCRIBED = 20;

let schemas: Record<string, JsonSchema> | undefined;
const compiled = new Map<string, ValidateFunction>();
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv, ['date', 'date-time', 'uuid']);

function validatorFor(contract: EventContract): ValidateFunction {
  let validate = compiled.get(contract.type);
  if (!validate) {
    schemas ??= allEventSchemas();
    const schema = schemas[contract.type];
    if (!schema) throw new Error(`no published schema for ${contract.type}`);
    validate = ajv.compile(schema);
    compiled.set(contract.type, validate);
  }
  return validate;
}

/** `/data/carerId` as `data.carerId`; the envelope itself as `event`. */
function pathOf(error: ErrorObject): string {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
  if (error.keyword === 'additionalProperties') {
    const field = String((error.params as { additionalProperty: string }).additionalProperty);
    return path ? `${path}.${field}` : field;
  }
  return path || 'event';
}

/** The envelope's patterns in words a provider's developer can act on. */
const PATTERN_IN_WORDS: Record<string, string> = {
  '/tenantid': 'must be a council GSS code such as E06000054',
  '/correlationid': 'must be 1 to 128 printable characters without spaces',
  '/causationid': 'must be 1 to 128 printable characters without spaces',
  '/source': 'must be a service name, provider id or URI of at most 120 characters',
};

function messageOf(error: ErrorObject): string {
  if (error.keyword === 'pattern' && PATTERN_IN_WORDS[error.instancePath]) return PATTERN_IN_WORDS[error.instancePath];
  if (error.keyword === 'additionalProperties') return 'is not a field of this event (unknown fields are refused)';
  if (error.keyword === 'required') return `must have the field ${(error.params as { missingProperty: string }).missingProperty}`;
  if (error.keyword === 'enum')
    return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  return error.message ?? error.keyword;
}

/**
 * Every way a whole event (envelope and data) breaks its published JSON Schema, as "field: reason". The
 * schemas are generated from the contracts' classes and compiled once per type; a compiled schema visits
 * only the fields it declares, so it is safe on hostile input once the message's depth is bounded.
 */
export function schemaViolations(contract: EventContract, event: unknown): string[] {
  const validate = validatorFor(contract);
  if (validate(event)) return [];
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if');
  const described = [...new Set(errors.map((e) => `${pathOf(e)}: ${messageOf(e)}`))];
  return described.length > MAX_DESCRIBED
    ? [...described.slice(0, MAX_DESCRIBED), `and ${described.length - MAX_DESCRIBED} more`]
    : described;
}
