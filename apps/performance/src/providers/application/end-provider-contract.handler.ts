import { Inject, Injectable } from '@nestjs/common';
import { Outbox } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { ProviderContractNotFoundError } from '../domain/provider-contract.errors';
import { PROVIDER_CONTRACTS, ProviderContract, ProviderContractsRepository } from './provider-contracts.repository';
import { announceProviderContract } from './provider-contract-announcement';

/** A provider's contract with a council ends: from then on every service refuses its events for that council (ADR 0014). */
@Injectable()
export class EndProviderContractHandler {
  constructor(private readonly uow: UnitOfWork, @Inject(PROVIDER_CONTRACTS) private readonly contracts: ProviderContractsRepository, private readonly outbox: Outbox) {}

  execute(cmd: { councilId: string; providerId: string }): Promise<ProviderContract> {
    return this.uow.run(cmd.councilId, async (tx) => {
      const current = await this.contracts.get(tx, cmd.providerId);
      if (!current) throw new ProviderContractNotFoundError(cmd.providerId, cmd.councilId);
      const ended = { ...current, active: false };
      await this.contracts.save(tx, ended);
      await announceProviderContract(this.outbox, tx, ended);
      return ended;
    });
  }
}
