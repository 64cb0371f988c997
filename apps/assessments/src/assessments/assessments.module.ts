import { Module } from '@nestjs/common';
import { Clock, clockFromEnvironment } from '@carers/platform/service';
import { KnownCarersModule } from '../carers/known-carers.module';
import { AssessmentsController, AssessmentTypesController } from './api/assessments.controller';
import { ClockPolicyController } from './api/clock-policy.controller';
import { ProviderActivityListener } from './api/provider-activity.listener';
import { RegistrationEventsListener } from './api/registration-events.listener';
import { WaitingListController } from './api/waiting-list.controller';
import { AssessmentStore } from './application/assessment-store';
import { AssessmentWorkflow } from './application/assessment-workflow';
import { ClockScheduler } from './application/clock-scheduler';
import { Clocks } from './application/clocks';
import { ProviderActivity } from './application/provider-activity';
import { RegistrationReferrals } from './application/registration-referrals';
import { SupportPlanning } from './application/support-planning';
import { SupportPlans } from './application/support-plans';
import { WaitingListQuery } from './application/waiting-list.query';
import { SqlAssessmentStore } from './infrastructure/sql-assessment-store';
import { SqlClocks } from './infrastructure/sql-clocks';
import { SqlSupportPlans } from './infrastructure/sql-support-plans';

@Module({
  imports: [KnownCarersModule],
  controllers: [AssessmentsController, ClockPolicyController, AssessmentTypesController, WaitingListController],
  providers: [ProviderActivityListener, RegistrationEventsListener, 
    AssessmentWorkflow, SupportPlanning, WaitingListQuery, ClockScheduler, ProviderActivity, RegistrationReferrals,
    { provide: AssessmentStore, useClass: SqlAssessmentStore },
    { provide: Clocks, useClass: SqlClocks },
    { provide: SupportPlans, useClass: SqlSupportPlans },
    { provide: Clock, useFactory: () => clockFromEnvironment() },
  ],
})
export class AssessmentsModule {}
