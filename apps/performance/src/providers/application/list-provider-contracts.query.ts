import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { ProviderContract } from '../domain/provider-contract';
import { ProviderContractsRepository } from './provider-contracts.repository';

/** The providers a council holds contracts with, ended ones included. */
@Injectable()
export class ListProviderContractsQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly contracts: ProviderContractsRepository,
  ) {}

  execute(councilId: string): Promise<{ councilId: string; providers: ProviderContract[] }> {
    return this.uow.run(councilId, async (tx) => ({ councilId, providers: await this.contracts.list(tx) }));
  }
}
