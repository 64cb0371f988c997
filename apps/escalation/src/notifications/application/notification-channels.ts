import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError } from '@carers/contracts';
import { UnitOfWork } from '@carers/platform/persistence';

/** Where a council wants board alerts sent: signed webhooks and email addresses. */
@Injectable()
export class NotificationChannels {
  constructor(private readonly uow: UnitOfWork) {}

  /** A webhook's signing secret is shown once, when it is created. */
  add(tenantId: string, kind: 'webhook' | 'email', target: string, by: string) {
    return this.uow.run(tenantId, async (tx) => {
      const id = randomUUID();
      const secret = kind === 'webhook' ? randomBytes(32).toString('base64url') : null;
      await tx.query(`INSERT INTO notification_channel (id, tenant_id, kind, target, secret, created_by) VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, tenantId, kind, target, secret, by]);
      return { id, kind, target, active: true, ...(secret ? { secret } : {}) };
    });
  }

  list(tenantId: string) {
    return this.uow.run(tenantId, (tx) => tx.query(`SELECT id, kind, target, active, created_at AS "createdAt" FROM notification_channel ORDER BY created_at`));
  }

  deactivate(tenantId: string, id: string) {
    return this.uow.run(tenantId, async (tx) => {
      const [[row]] = await tx.query(`UPDATE notification_channel SET active = false WHERE id = $1 RETURNING id, kind, target, active`, [id]);
      if (!row) throw new DomainError('not-found', `there is no notification channel ${id}`);
      return row;
    });
  }

  deliveries(tenantId: string, channelId: string) {
    return this.uow.run(tenantId, async (tx) => {
      const [channel] = await tx.query(`SELECT id FROM notification_channel WHERE id = $1`, [channelId]);
      if (!channel) throw new DomainError('not-found', `there is no notification channel ${channelId}`);
      return tx.query(
        `SELECT id, alert_id AS "alertId", status, attempts, last_status AS "lastStatus", last_error AS "lastError", next_attempt_at AS "nextAttemptAt",
                delivered_at AS "deliveredAt" FROM notification_delivery WHERE channel_id = $1 ORDER BY next_attempt_at DESC LIMIT 200`, [channelId]);
    });
  }
}
