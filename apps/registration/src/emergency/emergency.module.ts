import { Module } from '@nestjs/common';
import { serviceEnvironment } from '@carers/platform/service';
import { CarersModule } from '../carers/carers.module';
import { EmergencyCardsController } from './api/emergency-cards.controller';
import { EmergencyPlansController } from './api/emergency-plans.controller';
import { ActivateEmergencyCardHandler } from './application/activate-emergency-card.handler';
import { CreateEmergencyPlanHandler } from './application/create-emergency-plan.handler';
import { EmergencyPlanReviewsJob } from './application/emergency-plan-reviews.job';
import { EmergencyPlanRepository } from './application/emergency-plan.repository';
import { LookUpEmergencyCardHandler } from './application/look-up-emergency-card.handler';
import { ReissueEmergencyCardHandler } from './application/reissue-emergency-card.handler';
import { RevokeEmergencyCardHandler } from './application/revoke-emergency-card.handler';
import { CardNumberHasher } from './infrastructure/card-number-hasher.adapter';
import { SqlEmergencyPlanRepository } from './infrastructure/sql-emergency-plan.repository';

@Module({
  imports: [CarersModule],
  controllers: [EmergencyPlansController, EmergencyCardsController],
  providers: [
    CreateEmergencyPlanHandler,
    LookUpEmergencyCardHandler,
    ActivateEmergencyCardHandler,
    ReissueEmergencyCardHandler,
    RevokeEmergencyCardHandler,
    EmergencyPlanReviewsJob,
    // read at start: without CARD_NUMBER_KEY (outside AUTH_MODE=dev) the service refuses to start
    { provide: CardNumberHasher, useFactory: () => CardNumberHasher.fromEnvironment(serviceEnvironment()) },
    { provide: EmergencyPlanRepository, useClass: SqlEmergencyPlanRepository },
  ],
})
export class EmergencyModule {}
