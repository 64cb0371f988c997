import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { ChannelView, DeliveryView, NewChannel, NotificationChannelRepository } from '../application/notification-channel.repository';

@Injectable()
export class SqlNotificationChannelRepository extends NotificationChannelRepository {
  async add(tx: Tx, c: NewChannel) {
    await tx.query(`INSERT INTO notification_channel (id, tenant_id, kind, target, secret, created_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
      c.id,
      tx.tenantId,
      c.kind,
      c.target,
      c.secret,
      c.createdBy,
    ]);
  }

  list(tx: Tx) {
    return tx.query<ChannelView>(
      `SELECT id, kind, target, active, created_at AS "createdAt" FROM notification_channel WHERE tenant_id = $1 ORDER BY created_at`,
      [tx.tenantId],
    );
  }

  async deactivate(tx: Tx, id: string) {
    const [row] = await tx.query(
      `UPDATE notification_channel SET active = false WHERE tenant_id = $1 AND id = $2 RETURNING id, kind, target, active`,
      [tx.tenantId, id],
    );
    return row as ChannelView | undefined;
  }

  async exists(tx: Tx, id: string) {
    return (await tx.query(`SELECT 1 FROM notification_channel WHERE tenant_id = $1 AND id = $2`, [tx.tenantId, id])).length > 0;
  }

  deliveries(tx: Tx, channelId: string) {
    return tx.query<DeliveryView>(
      `SELECT id, alert_id AS "alertId", status, attempts, last_status AS "lastStatus", last_error AS "lastError", next_attempt_at AS "nextAttemptAt",
              delivered_at AS "deliveredAt" FROM notification_delivery WHERE tenant_id = $1 AND channel_id = $2 ORDER BY next_attempt_at DESC LIMIT 200`,
      [tx.tenantId, channelId],
    );
  }
}
