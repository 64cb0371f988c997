import { Module } from '@nestjs/common';
import { CarersModule } from '../carers/carers.module';
import { EmergencyCardsController } from './api/emergency-cards.controller';
import { EmergencyPlansController } from './api/emergency-plans.controller';
import { ActivateEmergencyCardHandler } from './application/activate-emergency-card.handler';
import { CreateEmergencyPlanHandler } from './application/create-emergency-plan.handler';
import { EmergencyPlanReviewsJob } from './application/emergency-plan-reviews.job';
import { EmergencyPlanRepository } from './application/emergency-plan.repository';
import { LookUpEmergencyCardHandler } from './application/look-up-emergency-card.handler';
import { SqlEmergencyPlanRepository } from './infrastructure/sql-emergency-plan.repository';

@Module({
  imports: [CarersModule],
  controllers: [EmergencyPlansController, EmergencyCardsController],
  providers: [
    CreateEmergencyPlanHandler,
    LookUpEmergencyCardHandler,
    ActivateEmergencyCardHandler,
    EmergencyPlanReviewsJob,
    { provide: EmergencyPlanRepository, useClass: SqlEmergencyPlanRepository },
  ],
})
export class EmergencyModule {}
