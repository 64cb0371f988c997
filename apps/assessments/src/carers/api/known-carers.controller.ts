import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { KnownCarerQuery } from '../application/known-carer.query';
import { knownCarerView } from './known-carer.response';

@ApiTags('carers known to assessments')
@ApiBearerAuth()
@Roles('council-officer')
@Controller('known-carers')
export class KnownCarersController {
  constructor(private readonly knownCarer: KnownCarerQuery) {}

  @Get(':carerId')
  async get(@Param('carerId', new ParseUUIDPipe()) carerId: string, @CurrentPrincipal() who: Principal) {
    return knownCarerView(await this.knownCarer.execute(who.tenantId, carerId));
  }
}
