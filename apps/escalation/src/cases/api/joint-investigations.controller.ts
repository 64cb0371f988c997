import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { AgreeJointInvestigationHandler } from '../application/agree-joint-investigation.handler';
import { ConcludeJointInvestigationHandler } from '../application/conclude-joint-investigation.handler';
import { JointInvestigationsQuery } from '../application/joint-investigations.query';
import { IdParam } from './case.requests';
import { callerOf } from './cases.controller';
import { InvestigationConclusionRequest, JointInvestigationRequest } from './joint-investigation.requests';

/** Joint investigations agreed at the contract management meeting (NHS Standard Contract GC9). */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/joint-investigation')
export class JointInvestigationsController {
  constructor(
    private readonly query: JointInvestigationsQuery,
    private readonly agree: AgreeJointInvestigationHandler,
    private readonly conclude: ConcludeJointInvestigationHandler,
  ) {}

  @Get()
  @Roles('council-officer', 'board-member', 'provider-worker')
  async list(@Param() { id }: IdParam, @CurrentPrincipal() who: Principal) {
    return { investigations: await this.query.execute(who.tenantId, id, callerOf(who)) };
  }

  @Post()
  @Roles('council-officer')
  agreeOne(@Param() { id }: IdParam, @Body() b: JointInvestigationRequest, @CurrentPrincipal() who: Principal) {
    return this.agree.execute(who.tenantId, id, b.terms, b.reportBy, callerOf(who));
  }

  @Post('conclusion')
  @Roles('council-officer')
  @HttpCode(200)
  async concludeOne(@Param() { id }: IdParam, @Body() b: InvestigationConclusionRequest, @CurrentPrincipal() who: Principal) {
    return { investigations: await this.conclude.execute(who.tenantId, id, b.findings, b.outcome, callerOf(who)) };
  }
}
