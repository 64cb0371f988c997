import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { CreateEmergencyPlanHandler } from '../application/create-emergency-plan.handler';
import { CreateEmergencyPlanRequest } from './emergency-plan.request';

@ApiTags('emergency plans')
@ApiBearerAuth()
@Roles('council-officer')
@Controller('carers/:carerId/emergency-plan')
export class EmergencyPlansController {
  constructor(private readonly create: CreateEmergencyPlanHandler) {}

  /** Makes the plan and its card; the answer carries the card number to print. */
  @Post()
  async make(
    @Param('carerId', new ParseUUIDPipe()) carerId: string,
    @Body() body: CreateEmergencyPlanRequest,
    @CurrentPrincipal() who: Principal,
  ) {
    const plan = await this.create.execute({ ...body, carerId, tenantId: who.tenantId });
    return { id: plan.id, carerId: plan.carerId, createdOn: plan.createdOn, reviewDueOn: plan.reviewDueOn, ...plan.minimalView() };
  }
}
