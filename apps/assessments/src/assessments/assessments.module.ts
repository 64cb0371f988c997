import { Module } from '@nestjs/common';
import { Clock, clockFromEnvironment } from '@carers/platform/service';
import { KnownCarersModule } from '../carers/known-carers.module';
import { AssessmentTypesController } from './api/assessment-types.controller';
import { AssessmentsController } from './api/assessments.controller';
import { ClockPolicyController } from './api/clock-policy.controller';
import { ProviderActivityListener } from './api/provider-activity.listener';
import { RegistrationEventsListener } from './api/registration-events.listener';
import { WaitingListController } from './api/waiting-list.controller';
import { AddBankHolidayHandler } from './application/add-bank-holiday.handler';
import { RemoveBankHolidayHandler } from './application/remove-bank-holiday.handler';
import { AgreeSupportPlanHandler } from './application/agree-support-plan.handler';
import { ApplyProviderReportHandler } from './application/apply-provider-report.handler';
import { AssessmentClocksQuery } from './application/assessment-clocks.query';
import { AssessmentTypesQuery } from './application/assessment-types.query';
import { AssessmentQuery } from './application/assessment.query';
import { AssessmentRepository } from './application/assessment.repository';
import { ClockDeadlinesJob } from './application/clock-deadlines.job';
import { ClockPolicyQuery } from './application/clock-policy.query';
import { ClockPolicyRepository } from './application/clock-policy.repository';
import { ClockRepository } from './application/clock.repository';
import { CommenceAssessmentHandler } from './application/commence-assessment.handler';
import { CompleteAssessmentHandler } from './application/complete-assessment.handler';
import { ContactAssessmentHandler } from './application/contact-assessment.handler';
import { DeterminationQuery } from './application/determination.query';
import { PauseClockHandler } from './application/pause-clock.handler';
import { RecordMilestonesHandler } from './application/record-milestones.handler';
import { RecordProviderPlanHandler } from './application/record-provider-plan.handler';
import { RecordProviderReviewHandler } from './application/record-provider-review.handler';
import { RecordReviewHandler } from './application/record-review.handler';
import { ReferRegisteredCarerHandler } from './application/refer-registered-carer.handler';
import { RefuseAssessmentHandler } from './application/refuse-assessment.handler';
import { ReofferAssessmentHandler } from './application/reoffer-assessment.handler';
import { CloseRequestsOfLeaverHandler } from './application/close-requests-of-leaver.handler';
import { RequestAssessmentHandler } from './application/request-assessment.handler';
import { RequestTransitionAssessmentHandler } from './application/request-transition-assessment.handler';
import { ResumeClockHandler } from './application/resume-clock.handler';
import { SetTimescaleHandler } from './application/set-timescale.handler';
import { SupportPlanQuery } from './application/support-plan.query';
import { SupportPlanRepository } from './application/support-plan.repository';
import { WaitingListQuery } from './application/waiting-list.query';
import { SqlAssessmentRepository } from './infrastructure/sql-assessment.repository';
import { SqlClockPolicyRepository } from './infrastructure/sql-clock-policy.repository';
import { SqlClockRepository } from './infrastructure/sql-clock.repository';
import { SqlSupportPlanRepository } from './infrastructure/sql-support-plan.repository';

@Module({
  imports: [KnownCarersModule],
  controllers: [AssessmentsController, ClockPolicyController, AssessmentTypesController, WaitingListController],
  providers: [
    ProviderActivityListener,
    RegistrationEventsListener,
    // commands
    RequestAssessmentHandler,
    ContactAssessmentHandler,
    CommenceAssessmentHandler,
    CompleteAssessmentHandler,
    RefuseAssessmentHandler,
    RecordMilestonesHandler,
    PauseClockHandler,
    ResumeClockHandler,
    SetTimescaleHandler,
    AddBankHolidayHandler,
    RemoveBankHolidayHandler,
    AgreeSupportPlanHandler,
    RecordReviewHandler,
    ApplyProviderReportHandler,
    RecordProviderPlanHandler,
    RecordProviderReviewHandler,
    ReferRegisteredCarerHandler,
    RequestTransitionAssessmentHandler,
    ReofferAssessmentHandler,
    CloseRequestsOfLeaverHandler,
    // reads
    AssessmentQuery,
    DeterminationQuery,
    AssessmentClocksQuery,
    AssessmentTypesQuery,
    SupportPlanQuery,
    WaitingListQuery,
    ClockPolicyQuery,
    // scheduled
    ClockDeadlinesJob,
    { provide: AssessmentRepository, useClass: SqlAssessmentRepository },
    { provide: ClockRepository, useClass: SqlClockRepository },
    { provide: ClockPolicyRepository, useClass: SqlClockPolicyRepository },
    { provide: SupportPlanRepository, useClass: SqlSupportPlanRepository },
    { provide: Clock, useFactory: () => clockFromEnvironment() },
  ],
})
export class AssessmentsModule {}
