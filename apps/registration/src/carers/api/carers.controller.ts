import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { AllocateProviderHandler } from '../application/allocate-provider.handler';
import { AllocationHistoryQuery } from '../application/allocation-history.query';
import { DeregisterCarerHandler } from '../application/deregister-carer.handler';
import { GetCarerQuery } from '../application/get-carer.query';
import { RegisterCarerHandler } from '../application/register-carer.handler';
import { SearchCarersQuery } from '../application/search-carers.query';
import { UpdateCarerHandler } from '../application/update-carer.handler';
import { AllocateProviderRequest, DeregisterCarerRequest, UpdateCarerRequest } from './carer-changes.request';
import { CarerResponse, toResponse } from './carer.response';
import { ListCarersRequest, RegisterCarerRequest } from './register-carer.request';
import { scopeOf } from './carer-scope.request';

@ApiTags('carers')
@ApiBearerAuth()
@Roles('council-officer', 'provider-worker')
@Controller('carers')
export class CarersController {
  constructor(
    private readonly register: RegisterCarerHandler,
    private readonly getCarer: GetCarerQuery,
    private readonly search: SearchCarersQuery,
    private readonly updates: UpdateCarerHandler,
    private readonly deregistrations: DeregisterCarerHandler,
    private readonly allocations: AllocateProviderHandler,
    private readonly histories: AllocationHistoryQuery,
  ) {}

  /** A provider worker registers carers for its own provider. Near-matches are registered and queued for a council officer to review. */
  @Post()
  async create(@Body() body: RegisterCarerRequest, @CurrentPrincipal() who: Principal) {
    const scope = scopeOf(who);
    const { carer, possibleDuplicates } = await this.register.execute({
      ...body,
      providerId: scope.providerId ?? body.providerId,
      tenantId: who.tenantId,
      by: who.subject,
    });
    // a provider worker must not learn of records outside its provider, so it sees only that a review was queued
    return {
      ...toResponse(carer),
      ...(scope.providerId ? { queuedForDuplicateReview: possibleDuplicates.length > 0 } : { possibleDuplicates }),
    };
  }

  @Get()
  async list(@Query() query: ListCarersRequest, @CurrentPrincipal() who: Principal) {
    const page = await this.search.execute(scopeOf(who), { ...query, limit: query.limit ? Number(query.limit) : undefined });
    return { carers: page.carers.map(toResponse), nextCursor: page.nextCursor };
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() who: Principal): Promise<CarerResponse> {
    return toResponse(await this.getCarer.execute(scopeOf(who), id));
  }

  @Patch(':id')
  async update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateCarerRequest,
    @CurrentPrincipal() who: Principal,
  ): Promise<CarerResponse> {
    return toResponse(await this.updates.execute(scopeOf(who), id, body));
  }

  @Post(':id/deregistration')
  @HttpCode(200)
  async deregister(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DeregisterCarerRequest,
    @CurrentPrincipal() who: Principal,
  ): Promise<CarerResponse> {
    return toResponse(await this.deregistrations.execute(scopeOf(who), id, body.reason, body.on));
  }

  @Post(':id/allocations')
  @Roles('council-officer')
  async allocate(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: AllocateProviderRequest, @CurrentPrincipal() who: Principal) {
    return { allocations: await this.allocations.execute(scopeOf(who), id, body.providerId, body.reason, who.subject) };
  }

  @Get(':id/allocations')
  async allocationHistory(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() who: Principal) {
    return { allocations: await this.histories.execute(scopeOf(who), id) };
  }
}
