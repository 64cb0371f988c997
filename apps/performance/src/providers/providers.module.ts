import { Module } from '@nestjs/common';
import { ProviderContractsController } from './api/provider-contracts.controller';
import { EndProviderContractHandler } from './application/end-provider-contract.handler';
import { PROVIDER_CONTRACTS } from './application/provider-contracts.repository';
import { ListProviderContractsQuery } from './application/list-provider-contracts.query';
import { RecordProviderContractHandler } from './application/record-provider-contract.handler';
import { SqlProviderContracts } from './infrastructure/sql-provider-contracts';

@Module({
  controllers: [ProviderContractsController],
  providers: [RecordProviderContractHandler, EndProviderContractHandler, ListProviderContractsQuery, { provide: PROVIDER_CONTRACTS, useClass: SqlProviderContracts }],
})
export class ProvidersModule {}
