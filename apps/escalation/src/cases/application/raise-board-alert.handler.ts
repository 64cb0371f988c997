import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BoardAlertKind, BoardAlertRaised } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';
import { AlertSubject, NamedSubject } from '../domain/alert-summaries';
import { BoardAlertRepository } from './board-alert.repository';
import { ProviderNamesRepository } from './provider-names.repository';

/** An alert for the Performance and Outcomes Board: stored, queued for every channel, announced on escalation.board-alert.v1. */
@Injectable()
export class RaiseBoardAlertHandler {
  constructor(
    private readonly alerts: BoardAlertRepository,
    private readonly names: ProviderNamesRepository,
    private readonly outbox: Outbox,
  ) {}

  /** `wording` gets the case with its provider named as people know it (issue 18). */
  async execute(tx: Tx, kind: BoardAlertKind, c: AlertSubject, wording: (named: NamedSubject) => string): Promise<string> {
    const summary = wording({ ...c, provider: (await this.names.nameOf(tx, c.providerId)) ?? c.providerId });
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
