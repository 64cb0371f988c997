import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox rows the broker can never accept (too large for the topic, refused as invalid) are parked with the
 * reason instead of blocking the rows behind them; dead letters say which council they came from, so a
 * council's administrator can be shown only that council's.
 */
export class OutboxParkingAndDeadLetterTenant1765000000000 implements MigrationInterface {
  name = 'OutboxParkingAndDeadLetterTenant1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN parked_at timestamptz, ADD COLUMN park_reason text`);
    await q.query(`CREATE INDEX outbox_parked ON outbox (parked_at) WHERE parked_at IS NOT NULL`);
    await q.query(`ALTER TABLE dead_letter ADD COLUMN tenant_id text`);
    await q.query(
      `UPDATE dead_letter SET tenant_id = substring(value FROM '"tenantid"\\s*:\\s*"(E0[6-9][0-9]{6})"') WHERE tenant_id IS NULL`,
    );
    await q.query(`CREATE INDEX dead_letter_tenant ON dead_letter (tenant_id, id)`);
    await q.query(`CREATE INDEX inbox_processed_at ON inbox (processed_at)`);
    await q.query(`CREATE INDEX dead_letter_resolved_at ON dead_letter (resolved_at) WHERE resolved_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP INDEX dead_letter_resolved_at; DROP INDEX inbox_processed_at; DROP INDEX dead_letter_tenant; ALTER TABLE dead_letter DROP COLUMN tenant_id`,
    );
    await q.query(`DROP INDEX outbox_parked; ALTER TABLE outbox DROP COLUMN park_reason, DROP COLUMN parked_at`);
  }
}
