import { Injectable } from '@nestjs/common';
import { BoardAlertRaised } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { BoardAlertRepository } from '../application/board-alert.repository';
import { AlertView } from '../application/board-views.repository';
import { ALERT_CHANNEL } from './postgres-alert-feed.adapter';
import { ALERT_VIEW } from './sql-board-views.repository';

@Injectable()
export class SqlBoardAlertRepository extends BoardAlertRepository {
  async add(tx: Tx, a: BoardAlertRaised) {
    await tx.query(
      `INSERT INTO board_alert (id, tenant_id, kind, case_id, provider_id, kpi_id, stage, summary, raised_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [a.alertId, tx.tenantId, a.kind, a.caseId, a.providerId, a.kpiId, a.stage, a.summary, a.raisedAt],
    );
    await tx.query(
      `INSERT INTO notification_delivery (id, tenant_id, channel_id, alert_id, status)
       SELECT gen_random_uuid(), tenant_id, id, $2, 'pending' FROM notification_channel WHERE tenant_id = $1 AND active`,
      [tx.tenantId, a.alertId],
    );
    await tx.query(`SELECT pg_notify($1, $2)`, [ALERT_CHANNEL, JSON.stringify({ tenantId: tx.tenantId, ...a })]);
  }

  async acknowledge(tx: Tx, id: string, by: string) {
    const [row] = await tx.query(
      `UPDATE board_alert SET acknowledged_at = coalesce(acknowledged_at, now()), acknowledged_by = coalesce(acknowledged_by, $3)
        WHERE tenant_id = $1 AND id = $2 RETURNING ${ALERT_VIEW}`,
      [tx.tenantId, id, by],
    );
    return row as AlertView | undefined;
  }
}
