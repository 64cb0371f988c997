import { DataSource } from 'typeorm';
import { ProviderRegistry } from '@carers/platform/auth';
import { TrustedProviders } from '@carers/platform/messaging';

const REMEMBER_MS = 15_000;

/**
 * The auth guard's provider registry, read from the service's own copy of performance.provider.v1 (ADR 0014). An
 * answer is remembered for 15 s, so a provider's workers cost one query per quarter-minute, and an ended contract
 * stops their tokens within that time.
 */
export class TrustedProviderRegistry extends ProviderRegistry {
  private readonly answers = new Map<string, { holds: boolean; until: number }>();

  constructor(private readonly ds: DataSource) {
    super();
  }

  async holdsContract(tenantId: string, providerId: string): Promise<boolean> {
    const key = `${tenantId}|${providerId}`;
    const known = this.answers.get(key);
    if (known && known.until > Date.now()) return known.holds;
    const holds = await TrustedProviders.holdsContract(this.ds, tenantId, providerId);
    if (this.answers.size > 10_000) this.answers.clear();
    this.answers.set(key, { holds, until: Date.now() + REMEMBER_MS });
    return holds;
  }
}
