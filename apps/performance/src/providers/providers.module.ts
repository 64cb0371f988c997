import { Module } from '@nestjs/common';
import { ProviderContractsController } from './api/provider-contracts.controller';
import { EndProviderContractHandler } from './application/end-provider-contract.handler';
import { ListProviderContractsQuery } from './application/list-provider-contracts.query';
import { ProviderContractsRepository } from './application/provider-contracts.repository';
import { RecordProviderContractHandler } from './application/record-provider-contract.handler';
import { SqlProviderContractsRepository } from './infrastructure/sql-provider-contracts.repository';

@Module({
  controllers: [ProviderContractsController],
  providers: [
    RecordProviderContractHandler,
    EndProviderContractHandler,
    ListProviderContractsQuery,
    { provide: ProviderContractsRepository, useClass: SqlProviderContractsRepository },
  ],
})
export class ProvidersModule {}
