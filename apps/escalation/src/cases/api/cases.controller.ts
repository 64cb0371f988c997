import { Body, Controller, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles, scopeOf } from '@carers/platform/auth';
import { csvAttachment } from '@carers/platform/service';
import { AdjustServiceCreditHandler } from '../application/adjust-service-credit.handler';
import { CaseDetailQuery } from '../application/case-detail.query';
import { CommentOnCaseHandler } from '../application/comment-on-case.handler';
import { CompleteRemedialActionHandler } from '../application/complete-remedial-action.handler';
import { DecideRemedialPlanHandler } from '../application/decide-remedial-plan.handler';
import { ListCasesQuery } from '../application/list-cases.query';
import { MoveCaseHandler } from '../application/move-case.handler';
import { PauseCaseHandler } from '../application/pause-case.handler';
import { PlansDueQuery } from '../application/plans-due.query';
import { RecordReviewMeetingHandler } from '../application/record-review-meeting.handler';
import { ResumeCaseHandler } from '../application/resume-case.handler';
import { ServiceCreditsQuery } from '../application/service-credits.query';
import { SettleServiceCreditHandler } from '../application/settle-service-credit.handler';
import { SubmitRemedialPlanHandler } from '../application/submit-remedial-plan.handler';
import { Caller } from '../domain/performance-case';
import {
  ActionParam,
  CaseQuery,
  CommentaryRequest,
  CompletionRequest,
  CreditAdjustmentRequest,
  CreditSettlementRequest,
  IdParam,
  MoveRequest,
  PauseRequest,
  PlanDecisionRequest,
  PlanRequest,
  ReasonRequest,
  ReviewMeetingRequest,
} from './case.requests';
import { creditLedgerCsv } from './credit-ledger.response';

/** A provider worker acts for their own organisation only; everyone else for the council (issue 21, finding 2). */
export const callerOf = (who: Principal): Caller => ({ subject: who.subject, scope: scopeOf(who) });

@ApiTags('cases')
@ApiBearerAuth()
@Controller()
export class CasesController {
  constructor(
    private readonly listCases: ListCasesQuery,
    private readonly caseDetail: CaseDetailQuery,
    private readonly plansDueQuery: PlansDueQuery,
    private readonly creditsQuery: ServiceCreditsQuery,
    private readonly pauseCase: PauseCaseHandler,
    private readonly resumeCase: ResumeCaseHandler,
    private readonly moveCase: MoveCaseHandler,
    private readonly commentOnCase: CommentOnCaseHandler,
    private readonly recordMeeting: RecordReviewMeetingHandler,
    private readonly submitPlan: SubmitRemedialPlanHandler,
    private readonly decidePlan: DecideRemedialPlanHandler,
    private readonly completeAction: CompleteRemedialActionHandler,
    private readonly adjustCredit: AdjustServiceCreditHandler,
    private readonly settleCredit: SettleServiceCreditHandler,
  ) {}

  @Get('cases')
  @Roles('council-officer', 'board-member', 'provider-worker')
  list(@Query() q: CaseQuery, @CurrentPrincipal() who: Principal) {
    return this.listCases.execute(who.tenantId, q, callerOf(who));
  }

  @Get('cases/:id')
  @Roles('council-officer', 'board-member', 'provider-worker')
  one(@Param() { id }: IdParam, @CurrentPrincipal() who: Principal) {
    return this.caseDetail.execute(who.tenantId, id, callerOf(who));
  }

  @Post('cases/:id/pause')
  @Roles('council-officer')
  @HttpCode(200)
  pause(@Param() { id }: IdParam, @Body() b: PauseRequest, @CurrentPrincipal() who: Principal) {
    return this.pauseCase.execute(who.tenantId, { caseId: id, relief: b.relief, reason: b.reason }, callerOf(who));
  }

  @Post('cases/:id/resumption')
  @Roles('council-officer')
  @HttpCode(200)
  resume(@Param() { id }: IdParam, @Body() b: ReasonRequest, @CurrentPrincipal() who: Principal) {
    return this.resumeCase.execute(who.tenantId, id, b.reason, callerOf(who));
  }

  @Post('cases/:id/stage')
  @Roles('council-officer')
  @HttpCode(200)
  move(@Param() { id }: IdParam, @Body() b: MoveRequest, @CurrentPrincipal() who: Principal) {
    return this.moveCase.execute(who.tenantId, id, b.to, b.reason, callerOf(who));
  }

  @Post('cases/:id/commentary')
  @Roles('provider-worker')
  @HttpCode(200)
  comment(@Param() { id }: IdParam, @Body() b: CommentaryRequest, @CurrentPrincipal() who: Principal) {
    return this.commentOnCase.execute(who.tenantId, id, b.commentary, callerOf(who));
  }

  @Post('cases/:id/review-meeting')
  @Roles('council-officer')
  @HttpCode(200)
  reviewMeeting(@Param() { id }: IdParam, @Body() b: ReviewMeetingRequest, @CurrentPrincipal() who: Principal) {
    return this.recordMeeting.execute(who.tenantId, id, b.heldOn, callerOf(who));
  }

  @Post('cases/:id/plan')
  @Roles('provider-worker')
  submit(@Param() { id }: IdParam, @Body() b: PlanRequest, @CurrentPrincipal() who: Principal) {
    return this.submitPlan.execute(who.tenantId, id, b.actions, callerOf(who), b.alsoForCaseIds);
  }

  @Post('cases/:id/plan/decision')
  @Roles('council-officer')
  @HttpCode(200)
  decide(@Param() { id }: IdParam, @Body() b: PlanDecisionRequest, @CurrentPrincipal() who: Principal) {
    return this.decidePlan.execute(who.tenantId, id, b.outcome === 'approved', b.reason, callerOf(who));
  }

  @Post('cases/:id/plan/actions/:actionId/completion')
  @Roles('provider-worker')
  @HttpCode(200)
  complete(@Param() { id, actionId }: ActionParam, @Body() b: CompletionRequest, @CurrentPrincipal() who: Principal) {
    return this.completeAction.execute(who.tenantId, { caseId: id, actionId, completedOn: b.completedOn }, callerOf(who));
  }

  @Get('plans')
  @Roles('council-officer', 'board-member', 'provider-worker')
  plansDue(@CurrentPrincipal() who: Principal) {
    return this.plansDueQuery.execute(who.tenantId, callerOf(who));
  }

  @Get('credits')
  @Roles('council-officer', 'board-member', 'provider-worker')
  credits(@CurrentPrincipal() who: Principal) {
    return this.creditsQuery.execute(who.tenantId, callerOf(who));
  }

  /** The ledger for finance, one row per credit (ADR 0018). */
  @Get('credits.csv')
  @Roles('council-officer', 'board-member')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', csvAttachment('service-credits.csv'))
  async creditsAsCsv(@CurrentPrincipal() who: Principal): Promise<string> {
    return creditLedgerCsv(who.tenantId, (await this.creditsQuery.execute(who.tenantId, callerOf(who))).entries);
  }

  @Post('credits/:id/settlement')
  @Roles('council-officer')
  @HttpCode(200)
  settle(@Param() { id }: IdParam, @Body() b: CreditSettlementRequest, @CurrentPrincipal() who: Principal) {
    return this.settleCredit.execute(who.tenantId, id, b.settlement, b.reason, callerOf(who));
  }

  @Post('credits/:id/adjustment')
  @Roles('council-officer')
  @HttpCode(200)
  adjust(@Param() { id }: IdParam, @Body() b: CreditAdjustmentRequest, @CurrentPrincipal() who: Principal) {
    return this.adjustCredit.execute(who.tenantId, id, b.amountPence, b.reason, callerOf(who));
  }
}
