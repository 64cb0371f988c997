import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { GetCarerQuery } from '../application/get-carer.query';
import { RegisterCarerHandler } from '../application/register-carer.handler';
import { Carer } from '../domain/carer';
import { CarerResponse, RegisterCarerRequest } from './register-carer.request';

@ApiTags('carers')
@ApiBearerAuth()
@Roles('council-officer')
@Controller('carers')
export class CarersController {
  constructor(private readonly register: RegisterCarerHandler, private readonly getCarer: GetCarerQuery) {}

  @Post()
  async create(@Body() body: RegisterCarerRequest, @CurrentPrincipal() who: Principal): Promise<CarerResponse> {
    return toResponse(await this.register.execute({ ...body, tenantId: who.tenantId }));
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() who: Principal): Promise<CarerResponse> {
    return toResponse(await this.getCarer.execute(who.tenantId, id));
  }
}

function toResponse(carer: Carer): CarerResponse {
  return { id: carer.id, ...carer.details, registeredOn: carer.registeredOn };
}
