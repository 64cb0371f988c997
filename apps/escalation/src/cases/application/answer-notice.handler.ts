import { Injectable } from '@nestjs/common';
import { EscalationNoticeAnswered, NoticeAnswer } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { NoticeNotFoundError } from '../domain/case.errors';
import { checkAnswer, Notice, noticeReference } from '../domain/notice';
import { actionable, Caller, visibleTo } from '../domain/performance-case';
import { CaseRepository } from './case.repository';
import { NoticeRepository } from './notice.repository';
import { PauseCaseHandler } from './pause-case.handler';

export interface NoticeAnswerCommand {
  answer: NoticeAnswer;
  grounds?: string;
}

/**
 * The provider accepts or disputes a notice within its response window, over HTTP or from its own system
 * (provider.notice-response.v1); a dispute stops the case's clock until an officer decides it (ADR 0026).
 */
@Injectable()
export class AnswerNoticeHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly notices: NoticeRepository,
    private readonly cases: CaseRepository,
    private readonly pause: PauseCaseHandler,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  execute(tenantId: string, noticeId: string, cmd: NoticeAnswerCommand, who: Caller): Promise<Notice> {
    return this.uow.run(tenantId, (tx) => this.within(tx, noticeId, cmd, who));
  }

  async within(tx: Tx, noticeId: string, cmd: NoticeAnswerCommand, who: Caller): Promise<Notice> {
    const n = await this.notices.byId(tx, noticeId);
    if (!n || !visibleTo(n, who)) throw new NoticeNotFoundError(noticeId);
    const today = this.clock.today();
    checkAnswer(n, today);
    const c = actionable(await this.cases.byId(tx, n.caseId), n.caseId, who);
    const pausesCase = cmd.answer === 'dispute' && c.status === 'open';
    if (pausesCase) await this.pause.within(tx, c, 'notice-disputed', `${noticeReference(n)} disputed`, who.subject);
    await this.notices.answer(tx, n.id, { answer: cmd.answer, grounds: cmd.grounds, by: who.subject, on: today, pausedCase: pausesCase });
    await this.cases.record(tx, c.id, today, {
      action: cmd.answer === 'accept' ? 'notice-accepted' : 'notice-disputed',
      cause: n.kind,
      actor: who.subject,
      reason: cmd.grounds,
      policyVersion: c.policyVersion,
    });
    await this.outbox.add(tx, EscalationNoticeAnswered, c.id, 0, {
      caseId: c.id,
      providerId: c.providerId,
      kpiId: c.kpiId,
      noticeId: n.id,
      kind: n.kind,
      answer: cmd.answer,
      answeredOn: today,
    });
    return (await this.notices.byId(tx, n.id))!;
  }
}
