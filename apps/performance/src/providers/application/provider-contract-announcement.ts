import { ProviderContractRecorded } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';
import { ProviderContract } from './provider-contracts.repository';

/** The provider registry's record of a contract (ADR 0014), keyed by provider and council so the compacted topic keeps each. */
export function announceProviderContract(outbox: Outbox, tx: Tx, c: ProviderContract) {
  return outbox.add(tx, ProviderContractRecorded, c.providerId, 0,
    { providerId: c.providerId, consortiumId: c.consortiumId, role: c.role, active: c.active }, `${c.providerId}:${tx.tenantId}`);
}
