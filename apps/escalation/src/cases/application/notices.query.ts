import { Injectable } from '@nestjs/common';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { CaseNotFoundError, NoticeNotFoundError } from '../domain/case.errors';
import { Notice, noticeReference } from '../domain/notice';
import { Caller, visibleTo } from '../domain/performance-case';
import { CaseRepository } from './case.repository';
import { NoticeRepository } from './notice.repository';

/** A notice as people read it: with its reference, and deemed accepted once its window closed unanswered (ADR 0026). */
export interface NoticeView extends Notice {
  reference: string;
  deemedAccepted: boolean;
}

/** The notices of a case, and one notice. */
@Injectable()
export class NoticesQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly notices: NoticeRepository,
    private readonly cases: CaseRepository,
    private readonly clock: Clock,
  ) {}

  ofCase(tenantId: string, caseId: string, who: Caller): Promise<NoticeView[]> {
    return this.uow.run(tenantId, async (tx) => {
      if (!visibleTo(await this.cases.byId(tx, caseId), who)) throw new CaseNotFoundError(caseId);
      return (await this.notices.ofCase(tx, caseId)).map((n) => this.view(n));
    });
  }

  one(tenantId: string, id: string, who: Caller): Promise<NoticeView> {
    return this.uow.run(tenantId, async (tx) => this.view(await this.visible(tx, id, who)));
  }

  /** The notice as served, for its document. */
  served(tenantId: string, id: string, who: Caller): Promise<Notice> {
    return this.uow.run(tenantId, (tx) => this.visible(tx, id, who));
  }

  private async visible(tx: Tx, id: string, who: Caller): Promise<Notice> {
    const n = await this.notices.byId(tx, id);
    if (!n || !visibleTo(n, who)) throw new NoticeNotFoundError(id);
    return n;
  }

  private view(n: Notice): NoticeView {
    return { ...n, reference: noticeReference(n), deemedAccepted: n.status === 'served' && this.clock.today() > n.respondBy };
  }
}
