import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { CaseNotFoundError } from '../domain/case.errors';
import { Caller, visibleTo } from '../domain/performance-case';
import { BoardViews, CaseDetail } from './board-views.repository';

/** A case with its history, plans and credits. */
@Injectable()
export class CaseDetailQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly views: BoardViews,
    private readonly clock: Clock,
  ) {}

  execute(tenantId: string, id: string, who: Caller): Promise<CaseDetail> {
    return this.uow.run(tenantId, async (tx) => {
      const c = await this.views.caseDetail(tx, id, this.clock.today());
      if (!c || !visibleTo(c, who)) throw new CaseNotFoundError(id);
      return c;
    });
  }
}
