import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ClockKind } from '@carers/contracts';
import { CurrentPrincipal, Principal, Roles, scopeOf } from '@carers/platform/auth';
import { AgreeSupportPlanHandler } from '../application/agree-support-plan.handler';
import { AssessmentClocksQuery } from '../application/assessment-clocks.query';
import { AssessmentQuery } from '../application/assessment.query';
import { CommenceAssessmentHandler } from '../application/commence-assessment.handler';
import { CompleteAssessmentHandler } from '../application/complete-assessment.handler';
import { ContactAssessmentHandler } from '../application/contact-assessment.handler';
import { DeterminationQuery } from '../application/determination.query';
import { PauseClockHandler } from '../application/pause-clock.handler';
import { RecordReviewHandler } from '../application/record-review.handler';
import { RefuseAssessmentHandler } from '../application/refuse-assessment.handler';
import { RequestAssessmentHandler } from '../application/request-assessment.handler';
import { ResumeClockHandler } from '../application/resume-clock.handler';
import { SupportPlanQuery } from '../application/support-plan.query';
import {
  AgreePlanRequest,
  ClockParams,
  CompleteAssessmentRequest,
  PauseClockRequest,
  RecordReviewRequest,
  RequestAssessmentRequest,
  StepRequest,
} from './assessment.request';
import { assessmentView } from './assessment.response';

/** Statutory assessments, their clocks, support plans and reviews: for council officers, and provider workers on their own caseload. */
@ApiTags('assessments')
@ApiBearerAuth()
@Roles('council-officer', 'provider-worker')
@Controller('assessments')
export class AssessmentsController {
  constructor(
    private readonly requestAssessment: RequestAssessmentHandler,
    private readonly assessment: AssessmentQuery,
    private readonly contactAssessment: ContactAssessmentHandler,
    private readonly commenceAssessment: CommenceAssessmentHandler,
    private readonly completeAssessment: CompleteAssessmentHandler,
    private readonly refuseAssessment: RefuseAssessmentHandler,
    private readonly determinationDocument: DeterminationQuery,
    private readonly clocks: AssessmentClocksQuery,
    private readonly pauseClock: PauseClockHandler,
    private readonly resumeClock: ResumeClockHandler,
    private readonly agreeSupportPlan: AgreeSupportPlanHandler,
    private readonly supportPlan: SupportPlanQuery,
    private readonly recordReview: RecordReviewHandler,
  ) {}

  @Post()
  async request(@Body() body: RequestAssessmentRequest, @CurrentPrincipal() who: Principal) {
    const route = who.roles.includes('council-officer') ? 'council-officer' : 'provider';
    return assessmentView(await this.requestAssessment.execute(scopeOf(who), { ...body, route }));
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() who: Principal) {
    return assessmentView(await this.assessment.execute(scopeOf(who), id));
  }

  @Post(':id/contact')
  @HttpCode(200)
  async contact(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: StepRequest, @CurrentPrincipal() who: Principal) {
    return assessmentView(await this.contactAssessment.execute(scopeOf(who), id, body.on));
  }

  @Post(':id/commencement')
  @HttpCode(200)
  async commence(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: StepRequest, @CurrentPrincipal() who: Principal) {
    return assessmentView(await this.commenceAssessment.execute(scopeOf(who), id, body.on));
  }

  @Post(':id/completion')
  @HttpCode(200)
  async complete(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CompleteAssessmentRequest,
    @CurrentPrincipal() who: Principal,
  ) {
    return assessmentView(await this.completeAssessment.execute(scopeOf(who), id, body));
  }

  @Post(':id/refusal')
  @HttpCode(200)
  async refuse(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: StepRequest, @CurrentPrincipal() who: Principal) {
    return assessmentView(await this.refuseAssessment.execute(scopeOf(who), id, body.on));
  }

  /** The written record of the determination (s13(2)), with the s13(5) advice when no need is eligible. */
  @Get(':id/determination')
  @Header('content-type', 'text/html; charset=utf-8')
  determination(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() who: Principal): Promise<string> {
    return this.determinationDocument.execute(scopeOf(who), id);
  }

  @Get(':id/clocks')
  async listClocks(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() who: Principal) {
    return { clocks: await this.clocks.execute(scopeOf(who), id) };
  }

  @Post(':id/clocks/:kind/pause')
  @Roles('council-officer')
  @HttpCode(200)
  async pause(@Param() p: ClockParams, @Body() body: PauseClockRequest, @CurrentPrincipal() who: Principal) {
    return {
      clocks: await this.pauseClock.execute(scopeOf(who), {
        assessmentId: p.id,
        kind: p.kind as ClockKind,
        on: body.on,
        reason: body.reason,
      }),
    };
  }

  @Post(':id/clocks/:kind/resume')
  @Roles('council-officer')
  @HttpCode(200)
  async resume(@Param() p: ClockParams, @Body() body: StepRequest, @CurrentPrincipal() who: Principal) {
    return { clocks: await this.resumeClock.execute(scopeOf(who), { assessmentId: p.id, kind: p.kind as ClockKind, on: body.on }) };
  }

  @Post(':id/support-plan')
  agreePlan(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: AgreePlanRequest, @CurrentPrincipal() who: Principal) {
    const { agreedOn, entryScores, ...details } = body;
    return this.agreeSupportPlan.execute(scopeOf(who), { assessmentId: id, details, entryScores, agreedOn });
  }

  @Get(':id/support-plan')
  plan(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() who: Principal) {
    return this.supportPlan.execute(scopeOf(who), id);
  }

  @Post(':id/reviews')
  review(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RecordReviewRequest, @CurrentPrincipal() who: Principal) {
    return this.recordReview.execute(scopeOf(who), id, body);
  }
}
