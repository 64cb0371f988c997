import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { UnitOfWork } from '@carers/platform/persistence';
import { EscalationPolicies } from '../application/escalation-policies';
import { PolicyRequest, ProviderParam } from './case.requests';

/** The escalation ladder per contract: the council's default ('*') or a provider's own. */
@ApiTags('escalation policy')
@ApiBearerAuth()
@Controller('escalation-policies')
export class PolicyController {
  constructor(private readonly policies: EscalationPolicies, private readonly uow: UnitOfWork) {}

  @Get()
  @Roles('council-officer', 'board-member')
  list(@CurrentPrincipal() who: Principal) {
    return this.uow.run(who.tenantId, (tx) => this.policies.all(tx));
  }

  @Put(':providerId')
  @Roles('council-officer')
  set(@Param() { providerId }: ProviderParam, @Body() b: PolicyRequest, @CurrentPrincipal() who: Principal) {
    return this.uow.run(who.tenantId, (tx) => this.policies.set(tx, providerId, { ...b }, who.subject));
  }
}
