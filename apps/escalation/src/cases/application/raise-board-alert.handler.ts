import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BoardAlertKind, BoardAlertRaised } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';
import { AlertSubject } from '../domain/alert-summaries';
import { BoardAlertRepository } from './board-alert.repository';

/** An alert for the Performance and Outcomes Board: stored, queued for every channel, announced on escalation.board-alert.v1. */
@Injectable()
export class RaiseBoardAlertHandler {
  constructor(
    private readonly alerts: BoardAlertRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute(tx: Tx, kind: BoardAlertKind, c: AlertSubject, summary: string): Promise<string> {
    const alert: BoardAlertRaised = {
      alertId: randomUUID(),
      kind,
      caseId: c.id,
      providerId: c.providerId,
      kpiId: c.kpiId,
      stage: c.stage,
      summary,
      raisedAt: new Date().toISOString(),
    };
    await this.alerts.add(tx, alert);
    await this.outbox.add(tx, BoardAlertRaised, c.id, 0, alert, tx.tenantId);
    return alert.alertId;
  }
}
