import { Module } from '@nestjs/common';
import { Clock, clockFromEnvironment } from '@carers/platform/service';
import { BoardController } from './api/board.controller';
import { CasesController } from './api/cases.controller';
import { CouncilCalendarController } from './api/council-calendar.controller';
import { CouncilCalendarListener } from './api/council-calendar.listener';
import { KpiStatusListener } from './api/kpi-status.listener';
import { PolicyController } from './api/policy.controller';
import { RemedialPlanListener } from './api/remedial-plan.listener';
import { NoticeResponseListener } from './api/notice-response.listener';
import { NoticesController } from './api/notices.controller';
import { JointInvestigationsController } from './api/joint-investigations.controller';
import { AgreeJointInvestigationHandler } from './application/agree-joint-investigation.handler';
import { ConcludeJointInvestigationHandler } from './application/conclude-joint-investigation.handler';
import { JointInvestigationRepository } from './application/joint-investigation.repository';
import { JointInvestigationsQuery } from './application/joint-investigations.query';
import { SqlJointInvestigationRepository } from './infrastructure/sql-joint-investigation.repository';
import { AnswerNoticeHandler } from './application/answer-notice.handler';
import { DecideNoticeDisputeHandler } from './application/decide-notice-dispute.handler';
import { NoticeRepository } from './application/notice.repository';
import { NoticesQuery } from './application/notices.query';
import { ServeNoticeHandler } from './application/serve-notice.handler';
import { SqlNoticeRepository } from './infrastructure/sql-notice.repository';
import { AcknowledgeAlertHandler } from './application/acknowledge-alert.handler';
import { AddClosureDayHandler } from './application/add-closure-day.handler';
import { RemoveClosureDayHandler } from './application/remove-closure-day.handler';
import { AdjustServiceCreditHandler } from './application/adjust-service-credit.handler';
import { SettleServiceCreditHandler } from './application/settle-service-credit.handler';
import { RecordContractTermsHandler } from './application/record-contract-terms.handler';
import { ContractTermsRepository } from './application/contract-terms.repository';
import { SqlContractTermsRepository } from './infrastructure/sql-contract-terms.repository';
import { ProviderNamesRepository } from './application/provider-names.repository';
import { SqlProviderNamesRepository } from './infrastructure/sql-provider-names.repository';
import { ContractTermsListener } from './api/contract-terms.listener';
import { AlertFeed } from './application/alert-feed.port';
import { AnnouncePlanStatusHandler } from './application/announce-plan-status.handler';
import { ApplyKpiStatusHandler } from './application/apply-kpi-status.handler';
import { BoardAlertRepository } from './application/board-alert.repository';
import { BoardAlertsQuery } from './application/board-alerts.query';
import { BoardViews } from './application/board-views.repository';
import { CarryOutDecisionsHandler } from './application/carry-out-decisions.handler';
import { CaseDetailQuery } from './application/case-detail.query';
import { CaseRepository } from './application/case.repository';
import { CommentOnCaseHandler } from './application/comment-on-case.handler';
import { CompleteRemedialActionHandler } from './application/complete-remedial-action.handler';
import { CouncilCalendarQuery } from './application/council-calendar.query';
import { CouncilCalendarRepository } from './application/council-calendar.repository';
import { DecideRemedialPlanHandler } from './application/decide-remedial-plan.handler';
import { EscalationPoliciesQuery } from './application/escalation-policies.query';
import { EscalationPolicyRepository } from './application/escalation-policy.repository';
import { EvaluateKpiHandler } from './application/evaluate-kpi.handler';
import { KpiMonthRepository } from './application/kpi-month.repository';
import { LadderJob } from './application/ladder.job';
import { ListCasesQuery } from './application/list-cases.query';
import { MoveCaseHandler } from './application/move-case.handler';
import { PauseCaseHandler } from './application/pause-case.handler';
import { PlansDueQuery } from './application/plans-due.query';
import { RaiseBoardAlertHandler } from './application/raise-board-alert.handler';
import { RecordReviewMeetingHandler } from './application/record-review-meeting.handler';
import { RemedialPlanRepository } from './application/remedial-plan.repository';
import { RequestRemedialPlanHandler } from './application/request-remedial-plan.handler';
import { ResumeCaseHandler } from './application/resume-case.handler';
import { ServiceCreditRepository } from './application/service-credit.repository';
import { ServiceCreditsQuery } from './application/service-credits.query';
import { SetEscalationPolicyHandler } from './application/set-escalation-policy.handler';
import { SubmitRemedialPlanHandler } from './application/submit-remedial-plan.handler';
import { PostgresAlertFeed } from './infrastructure/postgres-alert-feed.adapter';
import { SqlBoardAlertRepository } from './infrastructure/sql-board-alert.repository';
import { SqlBoardViews } from './infrastructure/sql-board-views.repository';
import { SqlCaseRepository } from './infrastructure/sql-case.repository';
import { SqlCouncilCalendarRepository } from './infrastructure/sql-council-calendar.repository';
import { SqlEscalationPolicyRepository } from './infrastructure/sql-escalation-policy.repository';
import { SqlKpiMonthRepository } from './infrastructure/sql-kpi-month.repository';
import { SqlRemedialPlanRepository } from './infrastructure/sql-remedial-plan.repository';
import { SqlServiceCreditRepository } from './infrastructure/sql-service-credit.repository';

@Module({
  controllers: [
    CasesController,
    NoticesController,
    JointInvestigationsController,
    BoardController,
    PolicyController,
    CouncilCalendarController,
  ],
  providers: [
    KpiStatusListener,
    RemedialPlanListener,
    NoticeResponseListener,
    ServeNoticeHandler,
    AnswerNoticeHandler,
    DecideNoticeDisputeHandler,
    NoticesQuery,
    AgreeJointInvestigationHandler,
    ConcludeJointInvestigationHandler,
    JointInvestigationsQuery,
    CouncilCalendarListener,
    AddClosureDayHandler,
    RemoveClosureDayHandler,
    CouncilCalendarQuery,
    ApplyKpiStatusHandler,
    EvaluateKpiHandler,
    CarryOutDecisionsHandler,
    RequestRemedialPlanHandler,
    RaiseBoardAlertHandler,
    AnnouncePlanStatusHandler,
    PauseCaseHandler,
    ResumeCaseHandler,
    MoveCaseHandler,
    CommentOnCaseHandler,
    RecordReviewMeetingHandler,
    AdjustServiceCreditHandler,
    SettleServiceCreditHandler,
    RecordContractTermsHandler,
    ContractTermsListener,
    { provide: ContractTermsRepository, useClass: SqlContractTermsRepository },
    { provide: ProviderNamesRepository, useClass: SqlProviderNamesRepository },
    SubmitRemedialPlanHandler,
    DecideRemedialPlanHandler,
    CompleteRemedialActionHandler,
    SetEscalationPolicyHandler,
    AcknowledgeAlertHandler,
    ListCasesQuery,
    CaseDetailQuery,
    PlansDueQuery,
    ServiceCreditsQuery,
    BoardAlertsQuery,
    EscalationPoliciesQuery,
    LadderJob,
    { provide: CaseRepository, useClass: SqlCaseRepository },
    { provide: NoticeRepository, useClass: SqlNoticeRepository },
    { provide: JointInvestigationRepository, useClass: SqlJointInvestigationRepository },
    { provide: CouncilCalendarRepository, useClass: SqlCouncilCalendarRepository },
    { provide: KpiMonthRepository, useClass: SqlKpiMonthRepository },
    { provide: EscalationPolicyRepository, useClass: SqlEscalationPolicyRepository },
    { provide: RemedialPlanRepository, useClass: SqlRemedialPlanRepository },
    { provide: ServiceCreditRepository, useClass: SqlServiceCreditRepository },
    { provide: BoardAlertRepository, useClass: SqlBoardAlertRepository },
    { provide: BoardViews, useClass: SqlBoardViews },
    { provide: AlertFeed, useClass: PostgresAlertFeed },
    { provide: Clock, useFactory: () => clockFromEnvironment() },
  ],
  exports: [Clock],
})
export class CasesModule {}
