import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { CloseRegistrationReferralHandler } from '../application/close-registration-referral.handler';
import { RegistrationReferralsQuery } from '../application/registration-referrals.query';
import { ListReferralsRequest, ResolveReviewRequest } from './carer-changes.request';

/**
 * Registrations a provider worker made of people already on the register outside its provider (issue 21, finding 4):
 * the council's officers see who tried, for which provider, and the existing record, and close each once dealt with.
 */
@ApiTags('registration referrals')
@ApiBearerAuth()
@Roles('council-officer')
@Controller('registration-referrals')
export class RegistrationReferralsController {
  constructor(
    private readonly referrals: RegistrationReferralsQuery,
    private readonly closures: CloseRegistrationReferralHandler,
  ) {}

  @Get()
  async list(@Query() query: ListReferralsRequest, @CurrentPrincipal() who: Principal) {
    return { referrals: await this.referrals.execute(who.tenantId, query.status ?? 'open') };
  }

  @Post(':id/closure')
  @HttpCode(200)
  close(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ResolveReviewRequest, @CurrentPrincipal() who: Principal) {
    return this.closures.execute(who.tenantId, id, body.reason, who.subject);
  }
}
