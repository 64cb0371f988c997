import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { AlertNotFoundError } from '../domain/case.errors';
import { Caller } from '../domain/performance-case';
import { BoardAlertRepository } from './board-alert.repository';

/** A board member acknowledges an alert; the first acknowledgement stands. */
@Injectable()
export class AcknowledgeAlertHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly alerts: BoardAlertRepository,
  ) {}

  execute(tenantId: string, alertId: string, who: Caller) {
    return this.uow.run(tenantId, async (tx) => {
      const alert = await this.alerts.acknowledge(tx, alertId, who.subject);
      if (!alert) throw new AlertNotFoundError(alertId);
      return alert;
    });
  }
}
