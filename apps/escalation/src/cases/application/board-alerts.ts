import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BoardAlertKind, BoardAlertRaised, EscalationStage } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';

export const ALERT_CHANNEL = 'board_alert';

export interface AlertSubject {
  id: string;
  providerId: string;
  kpiId: string;
  stage: EscalationStage;
}

/**
 * Alerts for the Performance and Outcomes Board: stored, announced on escalation.board-alert.v1 through the
 * outbox, queued for every notification channel the council configured, and signalled (on commit) to the
 * live feed of every replica.
 */
@Injectable()
export class BoardAlerts {
  constructor(private readonly outbox: Outbox) {}

  async raise(tx: Tx, kind: BoardAlertKind, c: AlertSubject, summary: string): Promise<string> {
    const alert = { alertId: randomUUID(), kind, caseId: c.id, providerId: c.providerId, kpiId: c.kpiId, stage: c.stage, summary, raisedAt: new Date().toISOString() };
    await tx.query(`INSERT INTO board_alert (id, tenant_id, kind, case_id, provider_id, kpi_id, stage, summary, raised_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [alert.alertId, tx.tenantId, kind, c.id, c.providerId, c.kpiId, c.stage, summary, alert.raisedAt]);
    await this.outbox.add(tx, BoardAlertRaised, c.id, 0, alert, tx.tenantId);
    await tx.query(
      `INSERT INTO notification_delivery (id, tenant_id, channel_id, alert_id, status)
       SELECT gen_random_uuid(), tenant_id, id, $1, 'pending' FROM notification_channel WHERE active`, [alert.alertId]);
    await tx.query(`SELECT pg_notify($1, $2)`, [ALERT_CHANNEL, JSON.stringify({ tenantId: tx.tenantId, ...alert })]);
    return alert.alertId;
  }
}

const pounds = (pence: number) => `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** The alert's words, built from codes and figures only. */
export const summaries = {
  boardReferral: (c: AlertSubject, cause: string) => `${c.providerId}: ${c.kpiId} referred to the board (${cause.replace(/-/g, ' ')}).`,
  creditAccrued: (c: AlertSubject, period: string, pence: number, uncappedPence: number) =>
    `${c.providerId}: service credit of ${pounds(pence)} accrued on ${c.kpiId} for ${period}${pence < uncappedPence ? ` (${pounds(uncappedPence)} before the financial year's caps)` : ''}.`,
  planFailed: (c: AlertSubject, cause: string) => `${c.providerId}: remedial plan for ${c.kpiId} failed (${cause.replace(/-/g, ' ')}).`,
  closed: (c: AlertSubject, outcome: string) => `${c.providerId}: case on ${c.kpiId} closed, ${outcome.replace(/-/g, ' ')}, at stage ${c.stage.replace(/-/g, ' ')}.`,
  remedy: (c: AlertSubject) => `${c.providerId}: ${c.kpiId} still in breach after board referral; contract remedies recommended (default notice, step-in or non-extension).`,
};
