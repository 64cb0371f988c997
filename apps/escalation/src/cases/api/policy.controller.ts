import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { EscalationPoliciesQuery } from '../application/escalation-policies.query';
import { SetEscalationPolicyHandler } from '../application/set-escalation-policy.handler';
import { PolicyRequest, ProviderParam } from './case.requests';

/** The escalation ladder per contract: the council's default ('*') or a provider's own. */
@ApiTags('escalation policy')
@ApiBearerAuth()
@Controller('escalation-policies')
export class PolicyController {
  constructor(
    private readonly policies: EscalationPoliciesQuery,
    private readonly setPolicy: SetEscalationPolicyHandler,
  ) {}

  @Get()
  @Roles('council-officer', 'board-member')
  list(@CurrentPrincipal() who: Principal) {
    return this.policies.execute(who.tenantId);
  }

  @Put(':providerId')
  @Roles('council-officer')
  set(@Param() { providerId }: ProviderParam, @Body() b: PolicyRequest, @CurrentPrincipal() who: Principal) {
    return this.setPolicy.execute(who.tenantId, providerId, { ...b }, who.subject);
  }
}
