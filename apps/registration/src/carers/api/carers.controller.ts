import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { CarerScope, GetCarerQuery } from '../application/get-carer.query';
import { RegisterCarerHandler } from '../application/register-carer.handler';
import { SearchCarersQuery } from '../application/search-carers.query';
import { Carer } from '../domain/carer';
import { CarerResponse, ListCarersQuery, RegisterCarerRequest } from './register-carer.request';

function scopeOf(who: Principal): CarerScope {
  return who.roles.includes('council-officer') ? { tenantId: who.tenantId } : { tenantId: who.tenantId, providerId: who.providerId };
}

@ApiTags('carers')
@ApiBearerAuth()
@Roles('council-officer', 'provider-worker')
@Controller('carers')
export class CarersController {
  constructor(private readonly register: RegisterCarerHandler, private readonly getCarer: GetCarerQuery, private readonly search: SearchCarersQuery) {}

  /** A provider worker registers carers for its own provider. */
  @Post()
  async create(@Body() body: RegisterCarerRequest, @CurrentPrincipal() who: Principal): Promise<CarerResponse> {
    const scope = scopeOf(who);
    return toResponse(await this.register.execute({ ...body, providerId: scope.providerId ?? body.providerId, tenantId: who.tenantId }));
  }

  @Get()
  async list(@Query() query: ListCarersQuery, @CurrentPrincipal() who: Principal) {
    const page = await this.search.execute(scopeOf(who), { ...query, limit: query.limit ? Number(query.limit) : undefined });
    return { carers: page.carers.map(toResponse), nextCursor: page.nextCursor };
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() who: Principal): Promise<CarerResponse> {
    return toResponse(await this.getCarer.execute(scopeOf(who), id));
  }
}

function toResponse(carer: Carer): CarerResponse {
  return { id: carer.id, ...carer.details, registeredOn: carer.registeredOn };
}
