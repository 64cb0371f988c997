import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { AlertView, BoardViews } from './board-views.repository';

/** The board's alerts, newest first. */
@Injectable()
export class BoardAlertsQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly views: BoardViews,
  ) {}

  execute(tenantId: string, unacknowledgedOnly: boolean): Promise<AlertView[]> {
    return this.uow.run(tenantId, (tx) => this.views.alerts(tx, unacknowledgedOnly));
  }
}
