import { Inject, Injectable } from '@nestjs/common';
import { ProviderContractRecorded, ProviderRole } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { UnknownConsortiumError } from '../domain/provider-contract.errors';
import { PROVIDER_CONTRACTS, ProviderContract, ProviderContractsRepository } from './provider-contracts.repository';

export interface RecordProviderContract {
  councilId: string;
  providerId: string;
  name: string;
  consortiumId: string;
  role: ProviderRole;
}

/**
 * Onboards a provider with one council, or changes its contract (ADR 0014): performance records it, and the
 * provider registry tells every service, whose inbound path then takes the provider's events for that council.
 */
@Injectable()
export class RecordProviderContractHandler {
  constructor(private readonly uow: UnitOfWork, @Inject(PROVIDER_CONTRACTS) private readonly contracts: ProviderContractsRepository, private readonly outbox: Outbox) {}

  execute(cmd: RecordProviderContract): Promise<ProviderContract> {
    return this.uow.run(cmd.councilId, async (tx) => {
      if (!(await this.contracts.consortiumExists(tx, cmd.consortiumId))) throw new UnknownConsortiumError(cmd.consortiumId, cmd.councilId);
      const contract: ProviderContract = { providerId: cmd.providerId, name: cmd.name, consortiumId: cmd.consortiumId, role: cmd.role, active: true };
      await this.contracts.save(tx, contract);
      await announce(this.outbox, tx, contract);
      return contract;
    });
  }
}

/** The provider registry's record of a contract, keyed by provider and council so the compacted topic keeps each. */
export function announce(outbox: Outbox, tx: Parameters<Outbox['add']>[0], c: ProviderContract) {
  return outbox.add(tx, ProviderContractRecorded, c.providerId, 0,
    { providerId: c.providerId, consortiumId: c.consortiumId, role: c.role, active: c.active }, `${c.providerId}:${tx.tenantId}`);
}
