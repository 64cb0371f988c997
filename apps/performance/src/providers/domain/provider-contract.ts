import { ProviderRole } from '@carers/contracts';

/** A provider's contract with the council of the transaction: it delivers in that council's consortium, in a role. */
export interface ProviderContract {
  providerId: string;
  name: string;
  consortiumId: string;
  role: ProviderRole;
  active: boolean;
}

/** The provider registry's record of a contract (ADR 0014), keyed by provider and council so the compacted topic keeps each. */
export function registryRecord(c: ProviderContract, councilId: string) {
  return {
    data: { providerId: c.providerId, consortiumId: c.consortiumId, role: c.role, active: c.active, organisation: c.name },
    key: `${c.providerId}:${councilId}`,
  };
}
