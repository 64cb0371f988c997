import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { scopeOf } from '../../carers/api/scope-of';
import { ConsentsHandler } from '../application/consents.handler';
import { GiveConsentRequest, WithdrawConsentRequest } from './consent.request';

@ApiTags('consents')
@ApiBearerAuth()
@Roles('council-officer', 'provider-worker')
@Controller('carers/:carerId/consents')
export class ConsentsController {
  constructor(private readonly consents: ConsentsHandler) {}

  @Post()
  give(@Param('carerId', new ParseUUIDPipe()) carerId: string, @Body() body: GiveConsentRequest, @CurrentPrincipal() who: Principal) {
    return this.consents.give(scopeOf(who), carerId, body.purpose, body.lawfulBasis, who.subject, body.givenOn);
  }

  @Get()
  async list(@Param('carerId', new ParseUUIDPipe()) carerId: string, @CurrentPrincipal() who: Principal) {
    return { consents: await this.consents.list(scopeOf(who), carerId) };
  }

  @Post(':consentId/withdrawal')
  @HttpCode(200)
  withdraw(
    @Param('carerId', new ParseUUIDPipe()) carerId: string, @Param('consentId', new ParseUUIDPipe()) consentId: string,
    @Body() body: WithdrawConsentRequest, @CurrentPrincipal() who: Principal,
  ) {
    return this.consents.withdraw(scopeOf(who), carerId, consentId, body.withdrawnOn);
  }
}
