import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { UnitOfWork } from '@carers/platform/persistence';
import { BoardQueries } from '../application/board-queries';
import { CaseActions, Caller } from '../application/case-actions';
import { RemedialPlans } from '../application/remedial-plans';
import {
  ActionParam, CaseQuery, CommentaryRequest, CompletionRequest, CreditAdjustmentRequest, IdParam, MoveRequest, PauseRequest, PlanDecisionRequest, PlanRequest,
  ReasonRequest, ReviewMeetingRequest,
} from './case.requests';

/** A provider worker acts for their own organisation only; everyone else for the council. */
export const callerOf = (who: Principal): Caller =>
  ({ subject: who.subject, providerId: who.roles.includes('provider-worker') && !who.roles.includes('council-officer') ? who.providerId : undefined });

@ApiTags('cases')
@ApiBearerAuth()
@Controller()
export class CasesController {
  constructor(private readonly queries: BoardQueries, private readonly actions: CaseActions, private readonly plans: RemedialPlans, private readonly uow: UnitOfWork) {}

  @Get('cases')
  @Roles('council-officer', 'board-member', 'provider-worker')
  list(@Query() q: CaseQuery, @CurrentPrincipal() who: Principal) {
    return this.queries.cases(who.tenantId, q, callerOf(who));
  }

  @Get('cases/:id')
  @Roles('council-officer', 'board-member', 'provider-worker')
  one(@Param() { id }: IdParam, @CurrentPrincipal() who: Principal) {
    return this.queries.caseDetail(who.tenantId, id, callerOf(who));
  }

  @Post('cases/:id/pause')
  @Roles('council-officer')
  @HttpCode(200)
  pause(@Param() { id }: IdParam, @Body() b: PauseRequest, @CurrentPrincipal() who: Principal) {
    return this.actions.pause(who.tenantId, id, b.relief, b.reason, callerOf(who));
  }

  @Post('cases/:id/resumption')
  @Roles('council-officer')
  @HttpCode(200)
  resume(@Param() { id }: IdParam, @Body() b: ReasonRequest, @CurrentPrincipal() who: Principal) {
    return this.actions.resume(who.tenantId, id, b.reason, callerOf(who));
  }

  @Post('cases/:id/stage')
  @Roles('council-officer')
  @HttpCode(200)
  move(@Param() { id }: IdParam, @Body() b: MoveRequest, @CurrentPrincipal() who: Principal) {
    return this.actions.move(who.tenantId, id, b.to, b.reason, callerOf(who));
  }

  @Post('cases/:id/commentary')
  @Roles('provider-worker')
  @HttpCode(200)
  comment(@Param() { id }: IdParam, @Body() b: CommentaryRequest, @CurrentPrincipal() who: Principal) {
    return this.actions.comment(who.tenantId, id, b.commentary, callerOf(who));
  }

  @Post('cases/:id/review-meeting')
  @Roles('council-officer')
  @HttpCode(200)
  reviewMeeting(@Param() { id }: IdParam, @Body() b: ReviewMeetingRequest, @CurrentPrincipal() who: Principal) {
    return this.actions.reviewMeetingHeld(who.tenantId, id, b.heldOn, callerOf(who));
  }

  @Post('cases/:id/plan')
  @Roles('provider-worker')
  submitPlan(@Param() { id }: IdParam, @Body() b: PlanRequest, @CurrentPrincipal() who: Principal) {
    return this.uow.run(who.tenantId, (tx) => this.plans.submit(tx, id, b.actions, callerOf(who)));
  }

  @Post('cases/:id/plan/decision')
  @Roles('council-officer')
  @HttpCode(200)
  decide(@Param() { id }: IdParam, @Body() b: PlanDecisionRequest, @CurrentPrincipal() who: Principal) {
    return this.uow.run(who.tenantId, (tx) => this.plans.decide(tx, id, b.outcome === 'approved', b.reason, callerOf(who)));
  }

  @Post('cases/:id/plan/actions/:actionId/completion')
  @Roles('provider-worker')
  @HttpCode(200)
  complete(@Param() { id, actionId }: ActionParam, @Body() b: CompletionRequest, @CurrentPrincipal() who: Principal) {
    return this.uow.run(who.tenantId, (tx) => this.plans.completeAction(tx, id, actionId, b.completedOn, callerOf(who)));
  }

  @Get('plans')
  @Roles('council-officer', 'board-member', 'provider-worker')
  plansDue(@CurrentPrincipal() who: Principal) {
    return this.queries.plansDue(who.tenantId, callerOf(who));
  }

  @Get('credits')
  @Roles('council-officer', 'board-member', 'provider-worker')
  credits(@CurrentPrincipal() who: Principal) {
    return this.queries.credits(who.tenantId, callerOf(who));
  }

  @Post('credits/:id/adjustment')
  @Roles('council-officer')
  @HttpCode(200)
  adjust(@Param() { id }: IdParam, @Body() b: CreditAdjustmentRequest, @CurrentPrincipal() who: Principal) {
    return this.actions.adjustCredit(who.tenantId, id, b.amountPence, b.reason, callerOf(who));
  }
}
