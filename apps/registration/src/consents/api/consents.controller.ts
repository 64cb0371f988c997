import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles, scopeOf } from '@carers/platform/auth';
import { ConsentsQuery } from '../application/consents.query';
import { GiveConsentHandler } from '../application/give-consent.handler';
import { WithdrawConsentHandler } from '../application/withdraw-consent.handler';
import { GiveConsentRequest, WithdrawConsentRequest } from './consent.request';

@ApiTags('consents')
@ApiBearerAuth()
@Roles('council-officer', 'provider-worker')
@Controller('carers/:carerId/consents')
export class ConsentsController {
  constructor(
    private readonly gives: GiveConsentHandler,
    private readonly consents: ConsentsQuery,
    private readonly withdrawals: WithdrawConsentHandler,
  ) {}

  @Post()
  give(@Param('carerId', new ParseUUIDPipe()) carerId: string, @Body() body: GiveConsentRequest, @CurrentPrincipal() who: Principal) {
    return this.gives.execute(scopeOf(who), carerId, {
      purpose: body.purpose,
      lawfulBasis: body.lawfulBasis,
      by: who.subject,
      givenOn: body.givenOn,
    });
  }

  @Get()
  async list(@Param('carerId', new ParseUUIDPipe()) carerId: string, @CurrentPrincipal() who: Principal) {
    return { consents: await this.consents.execute(scopeOf(who), carerId) };
  }

  @Post(':consentId/withdrawal')
  @HttpCode(200)
  withdraw(
    @Param('carerId', new ParseUUIDPipe()) carerId: string,
    @Param('consentId', new ParseUUIDPipe()) consentId: string,
    @Body() body: WithdrawConsentRequest,
    @CurrentPrincipal() who: Principal,
  ) {
    return this.withdrawals.execute(scopeOf(who), carerId, consentId, body.withdrawnOn);
  }
}
