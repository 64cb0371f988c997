import { Module } from '@nestjs/common';
import { CarersModule } from '../carers/carers.module';
import { EmergencyCardsController } from './api/emergency-cards.controller';
import { EmergencyPlansController } from './api/emergency-plans.controller';
import { CreateEmergencyPlanHandler } from './application/create-emergency-plan.handler';
import { EMERGENCY_PLANS } from './application/emergency-plan.repository';
import { EmergencyPlanReviewsScheduler } from './application/emergency-plan-reviews.scheduler';
import { UseEmergencyCardHandler } from './application/use-emergency-card.handler';
import { TypeormEmergencyPlanRepository } from './infrastructure/typeorm-emergency-plan.repository';

@Module({
  imports: [CarersModule],
  controllers: [EmergencyPlansController, EmergencyCardsController],
  providers: [
    CreateEmergencyPlanHandler, UseEmergencyCardHandler, EmergencyPlanReviewsScheduler,
    { provide: EMERGENCY_PLANS, useClass: TypeormEmergencyPlanRepository },
  ],
})
export class EmergencyModule {}
