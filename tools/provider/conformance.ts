import { contractFor, providerTopic, RejectionReason, topicDefinition } from '@carers/contracts';
import { parseEvent, senderViolation } from '@carers/platform/messaging';

/** What the platform will do with one message, and why, in words a provider's developer can act on. */
export type Refusal = RejectionReason | 'wrong-topic';

/** Who sends: the provider id the platform onboarded (its Kafka user), and the councils whose contracts it holds, if known. */
export interface Sender {
  providerId: string;
  councils?: readonly string[];
}

export type Verdict =
  { line: number; accepted: true; type: string } | { line: number; accepted: false; reason: Refusal; detail: string; advice: string };

const ADVICE: Record<Refusal, string> = {
  'malformed-json': 'Send one JSON object per message, UTF-8 encoded, with nothing before or after it.',
  'too-large': 'Keep an event under 64 KB: it carries ids, codes and dates only, never notes or documents.',
  'too-deep': 'Objects and arrays may nest at most 8 levels, the envelope being the first; check for a field wrapped in itself.',
  'schema-invalid':
    "Fix the field named; the event's JSON Schema (libs/contracts/schemas/<type>.schema.json) lists every field, its format and whether it is required. Fields it does not list are refused.",
  'unknown-type': 'Use one of the types the AsyncAPI document lists for the topic.',
  'domain-rule': 'The event is well formed but breaks a rule of the service; the detail says which.',
  'retries-exhausted': 'The platform could not apply it; it will be replayed once the cause is fixed.',
  'held-expired':
    'It reports a step (a support plan, a review) before the one it follows, which never arrived within the hold limit: publish that step, then this event again.',
  'wrong-sender': 'Send as your own provider id, the name of your Kafka user: `source` and `data.providerId` must both be it.',
  'wrong-tenant':
    "Report only for the councils whose contracts you hold; `tenantid` is the council's GSS code. Ask the platform operator if a contract is missing.",
  'wrong-topic': 'Publish each type on your own topic of the family its contract names: <family>.<your provider id>.',
};

/**
 * Checks one message as the platform's inbound path will, before it is sent by `sender`: bounds, JSON, envelope
 * and data against the published schema, the topic, the sender rule and (when the councils are given) the
 * council. `family` defaults to the type's own.
 */
export function checkMessage(value: string, line: number, sender: Sender, family?: string): Verdict {
  const refuse = (reason: Refusal, detail: string): Verdict => ({ line, accepted: false, reason, detail, advice: ADVICE[reason] });
  let type: unknown;
  try {
    type = (JSON.parse(value) as { type?: unknown })?.type;
  } catch {
    type = undefined;
  }
  const contract = typeof type === 'string' ? contractFor(type) : undefined;
  const onFamily = family ?? contract?.topic ?? '';
  const own = (f: string) => (topicDefinition(f)?.perProvider ? providerTopic(f, sender.providerId) : f);
  if (contract && family && contract.topic !== family)
    return refuse('wrong-topic', `${contract.type} belongs on ${own(contract.topic)}, not ${own(family)}`);
  if (contract && !contract.senderField)
    return refuse('wrong-topic', `${contract.type} is the platform's own event; providers publish only their three inbound streams`);
  const result = parseEvent(value, onFamily);
  if ('reason' in result) return refuse(result.reason, result.detail);
  const { event } = result;
  const wrongSender = senderViolation(event, result.contract, sender.providerId);
  if (wrongSender) return refuse('wrong-sender', wrongSender);
  if (sender.councils && !sender.councils.includes(event.tenantid)) {
    return refuse(
      'wrong-tenant',
      `${sender.providerId} holds no contract with council ${event.tenantid}; it may report only for ${sender.councils.join(', ')}`,
    );
  }
  return { line, accepted: true, type: `${event.type} on ${own(onFamily)}` };
}

/** Every non-empty line of a JSONL file, checked. */
export function checkLines(text: string, sender: Sender, family?: string): Verdict[] {
  return text
    .split('\n')
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => l.trim())
    .map(({ l, i }) => checkMessage(l, i + 1, sender, family));
}

export function describeVerdict(v: Verdict): string {
  return v.accepted
    ? `line ${v.line}: accepted (${v.type})`
    : `line ${v.line}: refused (${v.reason}): ${v.detail}\n    what to do: ${v.advice}`;
}
