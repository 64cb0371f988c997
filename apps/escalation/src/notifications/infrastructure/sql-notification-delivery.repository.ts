import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { DueDelivery, FailedAttempt, NotificationDeliveryRepository } from '../application/notification-delivery.repository';
import { secretContext, SecretCipher } from './secret-cipher.adapter';

interface DueRow {
  id: string;
  attempts: number;
  channel_id: string;
  kind: 'webhook' | 'email';
  target: string;
  secret: string | null;
  secret_sealed: boolean;
  alert_id: string;
  alert_kind: string;
  case_id: string;
  provider_id: string;
  kpi_id: string;
  stage: string;
  summary: string;
  raised_at: Date;
}

@Injectable()
export class SqlNotificationDeliveryRepository extends NotificationDeliveryRepository {
  constructor(private readonly cipher: SecretCipher) {
    super();
  }

  async claimDue(tx: Tx, limit: number): Promise<DueDelivery[]> {
    const rows = await tx.query<DueRow>(
      `SELECT d.id, d.attempts, ch.id AS channel_id, ch.kind, ch.target, ch.secret, ch.secret_sealed, a.id AS alert_id, a.kind AS alert_kind, a.case_id,
              a.provider_id, a.kpi_id, a.stage, a.summary, a.raised_at
         FROM notification_delivery d JOIN notification_channel ch ON ch.id = d.channel_id JOIN board_alert a ON a.id = d.alert_id
        WHERE d.tenant_id = $1 AND d.status = 'pending' AND d.next_attempt_at <= now() ORDER BY d.next_attempt_at LIMIT $2 FOR UPDATE OF d SKIP LOCKED`,
      [tx.tenantId, limit],
    );
    return rows.map((d) => ({
      id: d.id,
      attempts: d.attempts,
      message: {
        channel: { kind: d.kind, target: d.target, secret: this.secretOf(tx.tenantId, d) },
        alert: {
          id: d.alert_id,
          kind: d.alert_kind,
          caseId: d.case_id,
          providerId: d.provider_id,
          kpiId: d.kpi_id,
          stage: d.stage,
          summary: d.summary,
          raisedAt: new Date(d.raised_at).toISOString(),
        },
      },
    }));
  }

  async delivered(tx: Tx, id: string) {
    await tx.query(
      `UPDATE notification_delivery SET status = 'delivered', attempts = attempts + 1, last_error = NULL, delivered_at = now() WHERE tenant_id = $1 AND id = $2`,
      [tx.tenantId, id],
    );
  }

  async failed(tx: Tx, id: string, a: FailedAttempt) {
    await tx.query(
      `UPDATE notification_delivery SET attempts = $3, status = $4, last_error = $5, next_attempt_at = now() + make_interval(secs => $6)
        WHERE tenant_id = $1 AND id = $2`,
      [tx.tenantId, id, a.attempts, a.gaveUp ? 'failed' : 'pending', a.reason, a.retryInSeconds],
    );
  }

  /** A sealed secret opened; one stored before ADR 0021 as it is; one that does not open fails only its own delivery. */
  private secretOf(tenantId: string, d: DueRow): string | undefined {
    if (d.secret === null) return undefined;
    if (!d.secret_sealed) return d.secret;
    try {
      return this.cipher.open(d.secret, secretContext(tenantId, d.channel_id));
    } catch {
      return undefined;
    }
  }
}
