import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { Caller } from '../domain/performance-case';
import { BoardViews } from './board-views.repository';
import { providerOf } from '@carers/platform/auth';

/** Every credit accrued, and each provider's totals per financial year. */
@Injectable()
export class ServiceCreditsQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly views: BoardViews,
  ) {}

  execute(tenantId: string, who: Caller) {
    return this.uow.run(tenantId, (tx) => this.views.credits(tx, providerOf(who.scope)));
  }
}
