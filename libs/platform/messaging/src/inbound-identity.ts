import { CloudEvent, EventContract, providerTopicParts } from '@carers/contracts';

/**
 * Where a batch came from: the topic family its handler is registered for, and for a provider's own topic the
 * provider the broker authenticated (only that provider's user may write there): the one identity the platform
 * acts on (ADR 0014).
 */
export interface InboundRoute {
  family: string;
  sender?: string;
}

export function inboundRouteOf(topic: string): InboundRoute {
  const parts = providerTopicParts(topic);
  return parts ? { family: parts.family, sender: parts.providerId } : { family: topic };
}

/**
 * The sender rule: an event on a provider's topic names that provider as its `source` and in its contract's
 * sender field. Anything else is refused as wrong-sender, whatever the fields say.
 */
export function senderViolation(event: CloudEvent<any>, contract: EventContract, sender: string): string | undefined {
  const named = contract.senderField ? event.data?.[contract.senderField] : sender;
  if (event.source === sender && named === sender) return undefined;
  const claims = event.source !== sender ? `source ${JSON.stringify(event.source)}` : `${contract.senderField} ${JSON.stringify(named)}`;
  return `the event says it is from ${claims} but came on ${sender}'s topic; a provider may report only its own work, as itself`;
}
