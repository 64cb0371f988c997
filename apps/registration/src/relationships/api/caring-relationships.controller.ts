import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles, scopeOf } from '@carers/platform/auth';
import { CaringRelationshipsQuery } from '../application/caring-relationships.query';
import { EndCaringHandler } from '../application/end-caring.handler';
import { StartCaringHandler } from '../application/start-caring.handler';
import { EndCaringRequest, StartCaringRequest } from './relationship.request';

@ApiTags('caring relationships')
@ApiBearerAuth()
@Roles('council-officer', 'provider-worker')
@Controller('carers/:carerId/relationships')
export class CaringRelationshipsController {
  constructor(
    private readonly starts: StartCaringHandler,
    private readonly relationships: CaringRelationshipsQuery,
    private readonly ends: EndCaringHandler,
  ) {}

  @Post()
  start(@Param('carerId', new ParseUUIDPipe()) carerId: string, @Body() body: StartCaringRequest, @CurrentPrincipal() who: Principal) {
    return this.starts.execute(scopeOf(who), carerId, body);
  }

  @Get()
  async list(@Param('carerId', new ParseUUIDPipe()) carerId: string, @CurrentPrincipal() who: Principal) {
    return { relationships: await this.relationships.execute(scopeOf(who), carerId) };
  }

  @Post(':relationshipId/end')
  @HttpCode(200)
  end(
    @Param('carerId', new ParseUUIDPipe()) carerId: string,
    @Param('relationshipId', new ParseUUIDPipe()) relationshipId: string,
    @Body() body: EndCaringRequest,
    @CurrentPrincipal() who: Principal,
  ) {
    return this.ends.execute(scopeOf(who), carerId, relationshipId, body.endedOn);
  }
}
