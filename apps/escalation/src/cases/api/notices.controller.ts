import { Body, Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { htmlDocument, pdfDocument } from '@carers/platform/documents';
import { noticeReference } from '../domain/notice';
import { AnswerNoticeHandler } from '../application/answer-notice.handler';
import { DecideNoticeDisputeHandler } from '../application/decide-notice-dispute.handler';
import { NoticesQuery } from '../application/notices.query';
import { IdParam } from './case.requests';
import { callerOf } from './cases.controller';
import { noticeDocument } from './notice-document.response';
import { NoticeAnswerRequest, NoticeDecisionRequest, NoticeParam } from './notice.requests';

/** The notices the ladder serves, their documents, the provider's answer and an officer's decision on a dispute (ADR 0026). */
@ApiTags('notices')
@ApiBearerAuth()
@Controller()
export class NoticesController {
  constructor(
    private readonly query: NoticesQuery,
    private readonly answerNotice: AnswerNoticeHandler,
    private readonly decideDispute: DecideNoticeDisputeHandler,
  ) {}

  @Get('cases/:id/notices')
  @Roles('council-officer', 'board-member', 'provider-worker')
  async ofCase(@Param() { id }: IdParam, @CurrentPrincipal() who: Principal) {
    return { notices: await this.query.ofCase(who.tenantId, id, callerOf(who)) };
  }

  @Get('notices/:id')
  @Roles('council-officer', 'board-member', 'provider-worker')
  one(@Param() { id }: NoticeParam, @CurrentPrincipal() who: Principal) {
    return this.query.one(who.tenantId, id, callerOf(who));
  }

  @Get('notices/:id/document')
  @Roles('council-officer', 'board-member', 'provider-worker')
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  async html(@Param() { id }: NoticeParam, @CurrentPrincipal() who: Principal): Promise<string> {
    return htmlDocument(noticeDocument(await this.query.served(who.tenantId, id, callerOf(who))));
  }

  @Get('notices/:id/document.pdf')
  @Roles('council-officer', 'board-member', 'provider-worker')
  @ApiProduces('application/pdf')
  async pdf(@Param() { id }: NoticeParam, @CurrentPrincipal() who: Principal, @Res() res: Response): Promise<void> {
    const n = await this.query.served(who.tenantId, id, callerOf(who));
    // dated the day it was served, so the same notice always gives the same document
    const pdf = await pdfDocument(noticeDocument(n), { createdAt: new Date(`${n.servedOn}T00:00:00Z`) });
    res.set({ 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${noticeReference(n)}.pdf"` }).send(pdf);
  }

  @Post('notices/:id/answer')
  @Roles('provider-worker')
  @HttpCode(200)
  answer(@Param() { id }: NoticeParam, @Body() b: NoticeAnswerRequest, @CurrentPrincipal() who: Principal) {
    return this.answerNotice.execute(who.tenantId, id, { answer: b.answer, grounds: b.grounds }, callerOf(who));
  }

  @Post('notices/:id/decision')
  @Roles('council-officer')
  @HttpCode(200)
  decide(@Param() { id }: NoticeParam, @Body() b: NoticeDecisionRequest, @CurrentPrincipal() who: Principal) {
    return this.decideDispute.execute(who.tenantId, id, b.outcome, b.reason, callerOf(who));
  }
}
