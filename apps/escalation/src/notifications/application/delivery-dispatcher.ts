import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { councils, IntervalJob } from '@carers/platform/service';
import { AlertSender } from './alert-sender';

export const MAX_ATTEMPTS = 6;
/** Seconds to wait after the nth failed attempt: 2, 4, 8, 16, 32. */
export const backoffSeconds = (attempts: number) => 2 ** attempts;

/**
 * Delivers queued alerts to webhooks and email, retrying with exponential backoff and logging every
 * attempt; a delivery gives up (failed) after six attempts. Claimed with SKIP LOCKED across replicas.
 */
@Injectable()
export class DeliveryDispatcher extends IntervalJob {
  protected readonly every = { env: 'NOTIFY_SCAN_SECONDS', seconds: 1 };

  constructor(private readonly uow: UnitOfWork, private readonly sender: AlertSender) {
    super();
  }

  protected tick() {
    return this.runOnce();
  }

  async runOnce(): Promise<{ delivered: number; failed: number }> {
    const done = { delivered: 0, failed: 0 };
    for (const tenantId of councils()) {
      await this.uow.run(tenantId, async (tx) => {
        const due = await tx.query(
          `SELECT d.id, d.attempts, ch.kind, ch.target, ch.secret, a.id AS alert_id, a.kind AS alert_kind, a.case_id, a.provider_id, a.kpi_id, a.stage, a.summary, a.raised_at
             FROM notification_delivery d JOIN notification_channel ch ON ch.id = d.channel_id JOIN board_alert a ON a.id = d.alert_id
            WHERE d.status = 'pending' AND d.next_attempt_at <= now() ORDER BY d.next_attempt_at LIMIT 50 FOR UPDATE OF d SKIP LOCKED`);
        for (const d of due) {
          const alert = { id: d.alert_id, kind: d.alert_kind, caseId: d.case_id, providerId: d.provider_id, kpiId: d.kpi_id, stage: d.stage, summary: d.summary, raisedAt: new Date(d.raised_at).toISOString() };
          try {
            const { status } = await this.sender.send({ channel: { kind: d.kind, target: d.target, secret: d.secret ?? undefined }, alert, councilId: tenantId });
            await tx.query(`UPDATE notification_delivery SET status = 'delivered', attempts = attempts + 1, last_status = $2, last_error = NULL, delivered_at = now() WHERE id = $1`, [d.id, status ?? null]);
            done.delivered++;
          } catch (error) {
            const attempts = d.attempts + 1;
            const gaveUp = attempts >= MAX_ATTEMPTS;
            await tx.query(
              `UPDATE notification_delivery SET attempts = $2, status = $3, last_error = $4, last_status = $5, next_attempt_at = now() + make_interval(secs => $6) WHERE id = $1`,
              [d.id, attempts, gaveUp ? 'failed' : 'pending', String((error as Error).message).slice(0, 500), (error as { status?: number }).status ?? null, backoffSeconds(attempts)]);
            if (gaveUp) done.failed++;
          }
        }
      });
    }
    return done;
  }
}
