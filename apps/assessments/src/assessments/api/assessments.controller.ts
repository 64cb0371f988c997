import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ClockKind, DomainError } from '@carers/contracts';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { AssessmentScope } from '../application/assessment-scope';
import { AssessmentWorkflow } from '../application/assessment-workflow';
import { Clocks } from '../application/clocks';
import { SupportPlanning } from '../application/support-planning';
import { determinationDocument } from '../domain/determination-document';
import { REQUIRED_CONTENT } from '../domain/required-content';
import {
  AgreePlanRequest, ClockParams, CompleteAssessmentRequest, PauseClockRequest, RecordReviewRequest, RequestAssessmentRequest, StepRequest,
} from './assessment.requests';
import { assessmentView } from './assessment-view';

export function scopeOf(who: Principal): AssessmentScope {
  return who.roles.includes('council-officer') ? { tenantId: who.tenantId } : { tenantId: who.tenantId, providerId: who.providerId };
}

/** Statutory assessments, their clocks, support plans and reviews: for council officers, and provider workers on their own caseload. */
@ApiTags('assessments')
@ApiBearerAuth()
@Roles('council-officer', 'provider-worker')
@Controller('assessments')
export class AssessmentsController {
  constructor(
    private readonly workflow: AssessmentWorkflow,
    private readonly planning: SupportPlanning,
    private readonly clocks: Clocks,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  @Post()
  async request(@Body() body: RequestAssessmentRequest, @CurrentPrincipal() who: Principal) {
    const route = who.roles.includes('council-officer') ? 'council-officer' : 'provider';
    return assessmentView(await this.workflow.request(scopeOf(who), { ...body, route }));
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() who: Principal) {
    return assessmentView(await this.workflow.get(scopeOf(who), id));
  }

  @Post(':id/contact')
  @HttpCode(200)
  async contact(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: StepRequest, @CurrentPrincipal() who: Principal) {
    return assessmentView(await this.workflow.take(scopeOf(who), id, { step: 'contact', on: body.on }));
  }

  @Post(':id/commencement')
  @HttpCode(200)
  async commence(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: StepRequest, @CurrentPrincipal() who: Principal) {
    return assessmentView(await this.workflow.take(scopeOf(who), id, { step: 'commence', on: body.on }));
  }

  @Post(':id/completion')
  @HttpCode(200)
  async complete(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: CompleteAssessmentRequest, @CurrentPrincipal() who: Principal) {
    return assessmentView(await this.workflow.take(scopeOf(who), id, { step: 'complete', completion: body }));
  }

  @Post(':id/refusal')
  @HttpCode(200)
  async refuse(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: StepRequest, @CurrentPrincipal() who: Principal) {
    return assessmentView(await this.workflow.take(scopeOf(who), id, { step: 'refuse', on: body.on }));
  }

  /** The written record of the determination (s13(2)), with the s13(5) advice when no need is eligible. */
  @Get(':id/determination')
  @Header('content-type', 'text/html; charset=utf-8')
  async determination(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() who: Principal): Promise<string> {
    const a = await this.workflow.get(scopeOf(who), id);
    if (!a.facts.determination) throw new DomainError('illegal-state', 'this assessment has no eligibility determination (not completed, or a kind that makes none)');
    return determinationDocument(a.facts.determination, { carerReference: a.facts.carerId, assessedOn: a.facts.completedOn!, council: `Council ${who.tenantId}` });
  }

  @Get(':id/clocks')
  async listClocks(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() who: Principal) {
    return this.uow.run(who.tenantId, async (tx) => ({ clocks: await this.clocks.forAssessment(tx, (await this.workflow.inScope(tx, scopeOf(who), id)).facts.id) }));
  }

  @Post(':id/clocks/:kind/pause')
  @Roles('council-officer')
  @HttpCode(200)
  async pause(@Param() p: ClockParams, @Body() body: PauseClockRequest, @CurrentPrincipal() who: Principal) {
    return this.uow.run(who.tenantId, async (tx) => {
      await this.workflow.inScope(tx, scopeOf(who), p.id);
      await this.clocks.pause(tx, p.id, p.kind as ClockKind, body.on ?? this.clock.today(), body.reason);
      return { clocks: await this.clocks.forAssessment(tx, p.id) };
    });
  }

  @Post(':id/clocks/:kind/resume')
  @Roles('council-officer')
  @HttpCode(200)
  async resume(@Param() p: ClockParams, @Body() body: StepRequest, @CurrentPrincipal() who: Principal) {
    return this.uow.run(who.tenantId, async (tx) => {
      await this.workflow.inScope(tx, scopeOf(who), p.id);
      await this.clocks.resume(tx, p.id, p.kind as ClockKind, body.on ?? this.clock.today());
      return { clocks: await this.clocks.forAssessment(tx, p.id) };
    });
  }

  @Post(':id/support-plan')
  async agreePlan(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: AgreePlanRequest, @CurrentPrincipal() who: Principal) {
    const { agreedOn, entryScores, ...details } = body;
    return this.planning.agree(scopeOf(who), id, details, entryScores, agreedOn);
  }

  @Get(':id/support-plan')
  plan(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() who: Principal) {
    return this.planning.plan(scopeOf(who), id);
  }

  @Post(':id/reviews')
  review(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RecordReviewRequest, @CurrentPrincipal() who: Principal) {
    return this.planning.review(scopeOf(who), id, body);
  }
}

/** What each assessment type must cover, for the forms and the provider systems that fill them. */
@ApiTags('assessments')
@ApiBearerAuth()
@Roles('council-officer', 'provider-worker')
@Controller('assessment-types')
export class AssessmentTypesController {
  @Get()
  list() {
    return { types: Object.entries(REQUIRED_CONTENT).map(([type, items]) => ({ type, requiredContent: Object.entries(items).map(([item, law]) => ({ item, law })) })) };
  }
}
