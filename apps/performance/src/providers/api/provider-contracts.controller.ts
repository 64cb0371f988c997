import { Body, Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@carers/platform/auth';
import { EndProviderContractHandler } from '../application/end-provider-contract.handler';
import { ListProviderContractsQuery } from '../application/list-provider-contracts.query';
import { RecordProviderContractHandler } from '../application/record-provider-contract.handler';
import { CouncilQuery, ProviderContractPath, ProviderContractRequest } from './provider-contract.request';

/** Onboarding a provider is data (ADR 0014): the platform operator records each of its contracts here (npm run provider -- add). */
@ApiTags('admin: providers')
@ApiBearerAuth()
@Roles('platform-operator')
@Controller('admin/providers')
export class ProviderContractsController {
  constructor(
    private readonly record: RecordProviderContractHandler,
    private readonly end: EndProviderContractHandler,
    private readonly listing: ListProviderContractsQuery,
  ) {}

  @Put(':providerId/councils/:councilId')
  put(@Param() path: ProviderContractPath, @Body() body: ProviderContractRequest) {
    return this.record.execute({ ...path, ...body });
  }

  @Delete(':providerId/councils/:councilId')
  remove(@Param() path: ProviderContractPath) {
    return this.end.execute(path);
  }

  @Get()
  list(@Query() { councilId }: CouncilQuery) {
    return this.listing.execute(councilId);
  }
}
