import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { CloudEvent, contractFor, EventContract } from '@carers/contracts';
import { envelopeViolations } from './envelope-check';

export type Rejection = { reason: 'malformed-json' | 'schema-invalid' | 'unknown-type'; detail: string };

/** Field paths and the constraints each broke, e.g. "data.kind: kind must be one of ...". */
export function describeViolations(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => `${path}: ${m}`);
    return [...own, ...describeViolations(e.children ?? [], path)];
  });
}

export function violationsOf(contract: EventContract, data: unknown): string[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return ['data: must be an object'];
  return describeViolations(validateSync(plainToInstance(contract, data), { forbidUnknownValues: false }), 'data');
}

/** Parses and checks one raw Kafka value against the envelope and its event's contract. */
export function parseEvent(raw: string | null, topic: string): { event: CloudEvent<any>; contract: EventContract } | Rejection {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? '');
  } catch (error) {
    return { reason: 'malformed-json', detail: `not JSON: ${(error as Error).message}` };
  }
  const envelopeErrors = typeof value === 'object' && value !== null && !Array.isArray(value) ? envelopeViolations(value as Record<string, unknown>) : [];
  if (typeof value !== 'object' || value === null || Array.isArray(value) || envelopeErrors.length) {
    return { reason: 'schema-invalid', detail: envelopeErrors.join('; ') || 'not a CloudEvents envelope' };
  }
  const event = value as CloudEvent<any>;
  const contract = contractFor(event.type);
  if (!contract) return { reason: 'unknown-type', detail: `no contract for event type "${event.type}"` };
  if (contract.topic !== topic) return { reason: 'schema-invalid', detail: `type ${event.type} belongs on ${contract.topic}, not ${topic}` };
  const dataErrors = violationsOf(contract, event.data);
  if (dataErrors.length) return { reason: 'schema-invalid', detail: dataErrors.join('; ') };
  return { event, contract };
}
