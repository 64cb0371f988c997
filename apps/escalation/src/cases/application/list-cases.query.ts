import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { Caller } from '../domain/performance-case';
import { BoardViews, CaseFilter, CaseView } from './board-views.repository';
import { providerOf } from '@carers/platform/auth';

/** Live (or closed) cases, oldest first; a provider worker sees only their own organisation's. */
@Injectable()
export class ListCasesQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly views: BoardViews,
    private readonly clock: Clock,
  ) {}

  execute(tenantId: string, f: CaseFilter, who: Caller): Promise<CaseView[]> {
    return this.uow.run(tenantId, (tx) =>
      this.views.cases(tx, { ...f, providerId: providerOf(who.scope) ?? f.providerId }, this.clock.today()),
    );
  }
}
