import { Injectable } from '@nestjs/common';
import { ProviderContractRecorded } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { ProviderContract, registryRecord } from '../domain/provider-contract';
import { ProviderContractNotFoundError } from '../domain/provider-contract.errors';
import { ProviderContractsRepository } from './provider-contracts.repository';

/** A provider's contract with a council ends: from then on every service refuses its events for that council (ADR 0014). */
@Injectable()
export class EndProviderContractHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly contracts: ProviderContractsRepository,
    private readonly outbox: Outbox,
  ) {}

  execute(cmd: { councilId: string; providerId: string }): Promise<ProviderContract> {
    return this.uow.run(cmd.councilId, async (tx) => {
      const current = await this.contracts.get(tx, cmd.providerId);
      if (!current) throw new ProviderContractNotFoundError(cmd.providerId, cmd.councilId);
      const ended = { ...current, active: false };
      await this.contracts.save(tx, ended);
      const { data, key } = registryRecord(ended, tx.tenantId);
      await this.outbox.add(tx, ProviderContractRecorded, ended.providerId, 0, data, key);
      return ended;
    });
  }
}
