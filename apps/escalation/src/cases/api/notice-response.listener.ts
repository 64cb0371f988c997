import { Injectable } from '@nestjs/common';
import { ProviderNoticeAnswered, Topics } from '@carers/contracts';
import { EventRoutes, Listens } from '@carers/platform/messaging';
import { AnswerNoticeHandler } from '../application/answer-notice.handler';
import { sentAs } from './remedial-plan.listener';

/** Answers to notices from consortium members' own systems; one for another provider's notice is refused and the sender told why. */
@Injectable()
export class NoticeResponseListener {
  constructor(private readonly answerNotice: AnswerNoticeHandler) {}

  @Listens(Topics.providerNoticeResponse)
  routes() {
    return new EventRoutes().on(ProviderNoticeAnswered, (e, tx) =>
      this.answerNotice.within(
        tx,
        e.data.noticeId,
        { answer: e.data.answer, grounds: e.data.grounds },
        sentAs(tx.tenantId, e.data.providerId),
      ),
    );
  }
}
