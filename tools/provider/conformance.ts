import { contractFor, RejectionReason } from '@carers/contracts';
import { parseEvent } from '@carers/platform/messaging';

/** What the platform will do with one message, and why, in words a provider's developer can act on. */
export type Refusal = RejectionReason | 'wrong-sender' | 'wrong-topic';

export type Verdict =
  | { line: number; accepted: true; type: string }
  | { line: number; accepted: false; reason: Refusal; detail: string; advice: string };

const ADVICE: Record<Refusal, string> = {
  'malformed-json': 'Send one JSON object per message, UTF-8 encoded, with nothing before or after it.',
  'too-large': 'Keep an event under 64 KB: it carries ids, codes and dates only, never notes or documents.',
  'too-deep': 'Objects and arrays may nest at most 8 levels, the envelope being the first; check for a field wrapped in itself.',
  'schema-invalid': "Fix the field named; the event's JSON Schema (libs/contracts/schemas/<type>.schema.json) lists every field, its format and whether it is required. Fields it does not list are refused.",
  'unknown-type': 'Use one of the types the AsyncAPI document lists for the topic.',
  'domain-rule': 'The event is well formed but breaks a rule of the service; the detail says which.',
  'retries-exhausted': 'The platform could not apply it; it will be replayed once the cause is fixed.',
  'wrong-sender': 'Send as your own provider id: `source` and `data.providerId` must both be it.',
  'wrong-topic': 'Publish each type on the topic its contract names.',
};

/**
 * Checks one message as the platform's inbound path will, before it is sent: bounds, JSON, envelope and
 * data against the published schema, the topic, and the sender rule. `topic` defaults to the type's own.
 */
export function checkMessage(value: string, line: number, topic?: string): Verdict {
  const refuse = (reason: Refusal, detail: string): Verdict => ({ line, accepted: false, reason, detail, advice: ADVICE[reason] });
  let type: unknown;
  try {
    type = (JSON.parse(value) as { type?: unknown })?.type;
  } catch {
    type = undefined;
  }
  const contract = typeof type === 'string' ? contractFor(type) : undefined;
  const onTopic = topic ?? contract?.topic ?? '';
  if (contract && topic && contract.topic !== topic) return refuse('wrong-topic', `${contract.type} belongs on ${contract.topic}, not ${topic}`);
  if (contract && !contract.topic.startsWith('provider.')) return refuse('wrong-topic', `${contract.type} is the platform's own event; providers publish only on provider.* topics`);
  const result = parseEvent(value, onTopic);
  if ('reason' in result) return refuse(result.reason, result.detail);
  const { event } = result;
  if (event.source !== event.data.providerId) return refuse('wrong-sender', `the event says it is from ${event.data.providerId} but is sent as ${event.source}`);
  return { line, accepted: true, type: event.type };
}

/** Every non-empty line of a JSONL file, checked. */
export function checkLines(text: string, topic?: string): Verdict[] {
  return text.split('\n').map((l, i) => ({ l, i })).filter(({ l }) => l.trim()).map(({ l, i }) => checkMessage(l, i + 1, topic));
}

export function describeVerdict(v: Verdict): string {
  return v.accepted ? `line ${v.line}: accepted (${v.type})` : `line ${v.line}: refused (${v.reason}): ${v.detail}\n    what to do: ${v.advice}`;
}
