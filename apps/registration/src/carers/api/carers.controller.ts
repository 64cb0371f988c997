import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { CurrentPrincipal, Principal, Roles, providerOf, scopeOf } from '@carers/platform/auth';
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
import { SensitiveRoute } from '@carers/platform/service';

/** The one answer to a registration referred to the council: no id, nothing about the record or who holds it. */
export const REFERRED_TO_COUNCIL = {
  status: 'referred-to-council',
  message: 'This person may already be known to the council. Nothing was registered; a council officer will review it and contact you.',
} as const;

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

  /**
   * A provider worker registers carers for its own provider. Near-matches are registered and queued for a council
   * officer to review. A person already on the register answers 409 with the record's id to a caller who may see that
   * record; to a provider worker who may not, 202 and the same words whoever holds it (issue 21, finding 4).
   */
  @SensitiveRoute()
  @Post()
  @ApiAcceptedResponse({ description: 'the person may already be known to the council: a council officer will review the registration' })
  async create(@Body() body: RegisterCarerRequest, @CurrentPrincipal() who: Principal, @Res({ passthrough: true }) res: Response) {
    const scope = scopeOf(who);
    const registration = await this.register.execute(scope, {
      ...body,
      providerId: providerOf(scope) ?? body.providerId,
      tenantId: who.tenantId,
      by: who.subject,
    });
    if (registration.outcome === 'referred-to-council') {
      res.status(HttpStatus.ACCEPTED);
      return REFERRED_TO_COUNCIL;
    }
    const { carer, possibleDuplicates } = registration;
    // a provider worker must not learn of records outside its provider, so it sees only that a review was queued
    return {
      ...toResponse(carer),
      ...(scope.kind === 'provider' ? { queuedForDuplicateReview: possibleDuplicates.length > 0 } : { possibleDuplicates }),
    };
  }

  @SensitiveRoute()
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
