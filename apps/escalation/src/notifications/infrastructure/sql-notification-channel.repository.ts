import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { ChannelView, DeliveryView, NewChannel, NotificationChannelRepository } from '../application/notification-channel.repository';
import { secretContext, SecretCipher } from './secret-cipher.adapter';

/** Channels, with each webhook's signing secret sealed before it is written (ADR 0021). */
@Injectable()
export class SqlNotificationChannelRepository extends NotificationChannelRepository {
  constructor(private readonly cipher: SecretCipher) {
    super();
  }

  async add(tx: Tx, c: NewChannel) {
    const sealed = c.secret === null ? null : this.cipher.seal(c.secret, secretContext(tx.tenantId, c.id));
    await tx.query(
      `INSERT INTO notification_channel (id, tenant_id, kind, target, secret, secret_sealed, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [c.id, tx.tenantId, c.kind, c.target, sealed, sealed !== null, c.createdBy],
    );
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
      `SELECT id, alert_id AS "alertId", status, attempts, next_attempt_at AS "nextAttemptAt", delivered_at AS "deliveredAt"
         FROM notification_delivery WHERE tenant_id = $1 AND channel_id = $2 ORDER BY next_attempt_at DESC LIMIT 200`,
      [tx.tenantId, channelId],
    );
  }

  async sealLegacySecrets(tx: Tx) {
    const rows = await tx.query<{ id: string; secret: string }>(
      `SELECT id, secret FROM notification_channel WHERE tenant_id = $1 AND secret IS NOT NULL AND NOT secret_sealed FOR UPDATE SKIP LOCKED`,
      [tx.tenantId],
    );
    for (const row of rows)
      await tx.query(
        `UPDATE notification_channel SET secret = $3, secret_sealed = true WHERE tenant_id = $1 AND id = $2 AND NOT secret_sealed`,
        [tx.tenantId, row.id, this.cipher.seal(row.secret, secretContext(tx.tenantId, row.id))],
      );
    return rows.length;
  }
}
