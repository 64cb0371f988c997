import { CloudEvent, contractFor, EventContract, RejectionReason } from '@carers/contracts';
import { schemaViolations } from './event-validator';
import { shapeViolation, sizeViolation } from './message-bounds';

export type Rejection = {
  reason: Extract<RejectionReason, 'malformed-json' | 'too-large' | 'too-deep' | 'schema-invalid' | 'unknown-type'>;
  detail: string;
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads one raw Kafka value as an event, in order of cost and never throwing: its size, JSON, its depth, its
 * type and topic, then the whole event against the published schema. Whatever a message holds, the answer is
 * the event or the reason it was refused.
 */
export function parseEvent(raw: string | null, topic: string): { event: CloudEvent<any>; contract: EventContract } | Rejection {
  try {
    if (raw === null || raw === '') return { reason: 'malformed-json', detail: 'the message has no value' };
    const tooLarge = sizeViolation(raw);
    if (tooLarge) return tooLarge as Rejection;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      return { reason: 'malformed-json', detail: `not JSON: ${(error as Error).message}` };
    }
    const badShape = shapeViolation(value);
    if (badShape) return badShape as Rejection;
    if (!isObject(value)) return { reason: 'schema-invalid', detail: 'not a CloudEvents envelope: the value must be a JSON object' };
    const type = value['type'];
    if (typeof type !== 'string')
      return { reason: 'schema-invalid', detail: 'type: must be a string such as provider.assessment.contacted' };
    const contract = contractFor(type);
    if (!contract) return { reason: 'unknown-type', detail: `no contract for event type "${type.slice(0, 100)}"` };
    if (contract.topic !== topic) return { reason: 'schema-invalid', detail: `type ${type} belongs on ${contract.topic}, not ${topic}` };
    const violations = schemaViolations(contract, value);
    if (violations.length) return { reason: 'schema-invalid', detail: violations.join('; ') };
    return { event: value as unknown as CloudEvent<any>, contract };
  } catch (error) {
    // nothing above should throw; if it does, the message is still refused rather than the consumer stopped
    return {
      reason: 'schema-invalid',
      detail: `could not be read: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500),
    };
  }
}
