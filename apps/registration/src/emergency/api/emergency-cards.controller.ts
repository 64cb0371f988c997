import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { ActivateEmergencyCardHandler } from '../application/activate-emergency-card.handler';
import { LookUpEmergencyCardHandler } from '../application/look-up-emergency-card.handler';
import { CARD_NUMBER } from '../domain/card-number';
import { ActivateCardRequest } from './emergency-plan.request';

class CardNumberParam {
  @Matches(CARD_NUMBER, { message: 'cardNumber must look like CERS-XXXX-XXXX-XXXX-XXXX' }) cardNumber!: string;
}

/** The 24/7 line: an emergency responder reads the card and may activate the plan. */
@ApiTags('emergency cards')
@ApiBearerAuth()
@Roles('emergency-responder', 'council-officer')
@Controller('emergency-cards/:cardNumber')
export class EmergencyCardsController {
  constructor(
    private readonly lookUps: LookUpEmergencyCardHandler,
    private readonly activations: ActivateEmergencyCardHandler,
  ) {}

  @Get()
  lookUp(@Param() { cardNumber }: CardNumberParam, @CurrentPrincipal() who: Principal) {
    return this.lookUps.execute({ tenantId: who.tenantId, cardNumber, bySubject: who.subject, byRole: who.roles.join(',') });
  }

  @Post('activations')
  @HttpCode(201)
  activate(@Param() { cardNumber }: CardNumberParam, @Body() body: ActivateCardRequest, @CurrentPrincipal() who: Principal) {
    return this.activations.execute({
      tenantId: who.tenantId,
      cardNumber,
      bySubject: who.subject,
      byRole: who.roles.join(','),
      reason: body.reason,
    });
  }
}
