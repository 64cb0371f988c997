import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { Caller } from '../domain/performance-case';
import { BoardViews, PlanDue } from './board-views.repository';
import { providerOf } from '@carers/platform/auth';

/** Remedial plans waiting on someone: requested from providers, submitted to the council, or approved with milestones ahead. */
@Injectable()
export class PlansDueQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly views: BoardViews,
    private readonly clock: Clock,
  ) {}

  execute(tenantId: string, who: Caller): Promise<PlanDue[]> {
    return this.uow.run(tenantId, (tx) => this.views.plansDue(tx, providerOf(who.scope), this.clock.today()));
  }
}
