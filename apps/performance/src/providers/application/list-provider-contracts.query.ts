import { Inject, Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { PROVIDER_CONTRACTS, ProviderContract, ProviderContractsRepository } from './provider-contracts.repository';

/** The providers a council holds contracts with, ended ones included. */
@Injectable()
export class ListProviderContractsQuery {
  constructor(private readonly uow: UnitOfWork, @Inject(PROVIDER_CONTRACTS) private readonly contracts: ProviderContractsRepository) {}

  execute(councilId: string): Promise<{ councilId: string; providers: ProviderContract[] }> {
    return this.uow.run(councilId, async (tx) => ({ councilId, providers: await this.contracts.list(tx) }));
  }
}
