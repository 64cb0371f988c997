import { lookup } from 'node:dns/promises';
import { WebhookTargetPolicy } from '../application/webhook-target.port';
import { DeliveryFailedError } from '../domain/notification-channel.errors';
import { addressRefusal, parseWebhookTarget, WebhookRules } from '../domain/webhook-target';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** A webhook URL with the one address the connection must use: checked, then pinned, so DNS cannot switch it. */
export interface PinnedTarget {
  url: URL;
  address: string;
  family: 4 | 6;
}

export type Resolver = (host: string) => Promise<ResolvedAddress[]>;

const LOOKUP_TIMEOUT_MS = 3_000;

/** Every address the system resolver gives for a name (A and AAAA, as getaddrinfo orders them). */
export const systemResolver: Resolver = async (host) => {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      lookup(host, { all: true, verbatim: true }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer for the webhook's host within ${LOOKUP_TIMEOUT_MS} ms`)), LOOKUP_TIMEOUT_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
};

/**
 * Resolves a webhook's host and checks every address it gives (issue 21, finding 5): one refused address refuses
 * the URL, since a resolver may hand out any of them.
 */
export class WebhookTargetGuard extends WebhookTargetPolicy {
  constructor(
    private readonly rules: WebhookRules,
    private readonly resolve: Resolver = systemResolver,
  ) {
    super();
  }

  /**
   * At registration. A name that does not resolve now is let through: it reaches nothing, and the check made
   * before every delivery (`pin`) is the one that counts, since a name can point elsewhere by then.
   */
  async refusal(target: string): Promise<string | undefined> {
    const parsed = parseWebhookTarget(target, this.rules);
    if (!parsed.ok) return parsed.reason;
    if (parsed.literal) return undefined;
    let addresses: ResolvedAddress[];
    try {
      addresses = await this.resolve(parsed.host);
    } catch {
      return undefined;
    }
    return this.firstRefusal(addresses);
  }

  /** Before each delivery: the address to connect to, checked now, or a DeliveryFailedError. */
  async pin(target: string): Promise<PinnedTarget> {
    const parsed = parseWebhookTarget(target, this.rules);
    if (!parsed.ok) throw new DeliveryFailedError('address-refused');
    if (parsed.literal) return { url: parsed.url, address: parsed.host, family: parsed.host.includes(':') ? 6 : 4 };
    let addresses: ResolvedAddress[];
    try {
      addresses = await this.resolve(parsed.host);
    } catch {
      throw new DeliveryFailedError('unresolvable');
    }
    if (addresses.length === 0) throw new DeliveryFailedError('unresolvable');
    if (this.firstRefusal(addresses)) throw new DeliveryFailedError('address-refused');
    const [first] = addresses;
    return { url: parsed.url, address: first.address, family: first.family === 6 ? 6 : 4 };
  }

  private firstRefusal(addresses: ResolvedAddress[]): string | undefined {
    for (const { address } of addresses) {
      const reason = addressRefusal(address, this.rules);
      if (reason) return reason;
    }
    return undefined;
  }
}
