import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { CreateEmergencyPlanHandler } from '../application/create-emergency-plan.handler';
import { ReissueEmergencyCardHandler } from '../application/reissue-emergency-card.handler';
import { RevokeEmergencyCardHandler } from '../application/revoke-emergency-card.handler';
import { ChangeCardRequest, CreateEmergencyPlanRequest } from './emergency-plan.request';

@ApiTags('emergency plans')
@ApiBearerAuth()
@Roles('council-officer')
@Controller('carers/:carerId/emergency-plan')
export class EmergencyPlansController {
  constructor(
    private readonly create: CreateEmergencyPlanHandler,
    private readonly reissues: ReissueEmergencyCardHandler,
    private readonly revocations: RevokeEmergencyCardHandler,
  ) {}

  /** Makes the plan and its card; the answer carries the card number to print, this once: the register keeps only a keyed hash. */
  @Post()
  async make(
    @Param('carerId', new ParseUUIDPipe()) carerId: string,
    @Body() body: CreateEmergencyPlanRequest,
    @CurrentPrincipal() who: Principal,
  ) {
    const { plan, cardNumber } = await this.create.execute({ ...body, carerId, tenantId: who.tenantId });
    return {
      id: plan.id,
      carerId: plan.carerId,
      createdOn: plan.createdOn,
      reviewDueOn: plan.reviewDueOn,
      cardNumber,
      ...plan.minimalView(),
    };
  }

  /** A new card for the plan, the one in use revoked; the answer carries the new number to print, this once. */
  @Post('card-reissue')
  @HttpCode(201)
  reissue(@Param('carerId', new ParseUUIDPipe()) carerId: string, @Body() body: ChangeCardRequest, @CurrentPrincipal() who: Principal) {
    return this.reissues.execute({ tenantId: who.tenantId, carerId, by: who.subject, reason: body.reason });
  }

  /** Stops the card in use without a new one: its number opens nothing from now on. */
  @Post('card-revocation')
  @HttpCode(200)
  revoke(@Param('carerId', new ParseUUIDPipe()) carerId: string, @Body() body: ChangeCardRequest, @CurrentPrincipal() who: Principal) {
    return this.revocations.execute({ tenantId: who.tenantId, carerId, by: who.subject, reason: body.reason });
  }
}
