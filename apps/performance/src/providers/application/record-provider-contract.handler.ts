import { Injectable } from '@nestjs/common';
import { ProviderContractRecorded, ProviderRole } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { ProviderContract, registryRecord } from '../domain/provider-contract';
import { UnknownConsortiumError } from '../domain/provider-contract.errors';
import { ProviderContractsRepository } from './provider-contracts.repository';

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
  constructor(
    private readonly uow: UnitOfWork,
    private readonly contracts: ProviderContractsRepository,
    private readonly outbox: Outbox,
  ) {}

  execute(cmd: RecordProviderContract): Promise<ProviderContract> {
    return this.uow.run(cmd.councilId, async (tx) => {
      if (!(await this.contracts.consortiumExists(tx, cmd.consortiumId))) throw new UnknownConsortiumError(cmd.consortiumId, cmd.councilId);
      const contract: ProviderContract = {
        providerId: cmd.providerId,
        name: cmd.name,
        consortiumId: cmd.consortiumId,
        role: cmd.role,
        active: true,
      };
      await this.contracts.save(tx, contract);
      const { data, key } = registryRecord(contract, tx.tenantId);
      await this.outbox.add(tx, ProviderContractRecorded, contract.providerId, 0, data, key);
      return contract;
    });
  }
}
