import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { ActivateEmergencyCardHandler } from '../application/activate-emergency-card.handler';
import { LookUpEmergencyCardHandler } from '../application/look-up-emergency-card.handler';
import { ActivateCardRequest, LookUpCardRequest } from './emergency-plan.request';
import { SensitiveRoute } from '@carers/platform/service';

/**
 * The 24/7 line: an emergency responder reads the card and may activate the plan. The number is a bearer secret, so
 * it is sent in the body (never the path, which request logs and proxies keep); an unknown and a revoked number
 * answer alike, 404, and are recorded.
 */
@ApiTags('emergency cards')
@ApiBearerAuth()
@Roles('emergency-responder', 'council-officer')
@Controller('emergency-cards')
export class EmergencyCardsController {
  constructor(
    private readonly lookUps: LookUpEmergencyCardHandler,
    private readonly activations: ActivateEmergencyCardHandler,
  ) {}

  @SensitiveRoute()
  @Post('look-up')
  @HttpCode(200)
  lookUp(@Body() { cardNumber }: LookUpCardRequest, @CurrentPrincipal() who: Principal) {
    return this.lookUps.execute({ tenantId: who.tenantId, cardNumber, bySubject: who.subject, byRole: who.roles.join(',') });
  }

  @SensitiveRoute()
  @Post('activation')
  @HttpCode(201)
  activate(@Body() body: ActivateCardRequest, @CurrentPrincipal() who: Principal) {
    return this.activations.execute({
      tenantId: who.tenantId,
      cardNumber: body.cardNumber,
      bySubject: who.subject,
      byRole: who.roles.join(','),
      reason: body.reason,
    });
  }
}
