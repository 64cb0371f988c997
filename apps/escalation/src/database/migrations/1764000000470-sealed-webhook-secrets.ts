import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook secrets encrypted at rest and no receiver's answer kept (issue 21, findings 5 and 12; ADR 0021).
 *
 * `secret_sealed` says how `secret` is stored: true for AES-256-GCM (`v1.…`), false for plaintext written before
 * this migration. Adding the column marks every existing row false (DDL, so row-level security does not hide any);
 * the service reads those as they are and seals them when it starts, since only it holds the key. The column then
 * loses its default: every insert says which it writes.
 *
 * `last_status` held the receiver's HTTP status, shown back to officers; it is no longer written or shown.
 */
export class SealedWebhookSecrets1764000000470 implements MigrationInterface {
  name = 'SealedWebhookSecrets1764000000470';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification_channel ADD COLUMN secret_sealed boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE notification_channel ALTER COLUMN secret_sealed DROP DEFAULT`);
    await q.query(`ALTER TABLE notification_delivery DROP COLUMN last_status`);
  }

  async down(q: QueryRunner): Promise<void> {
    // sealed secrets cannot be opened here (the key is the service's): refuse rather than leave them unreadable.
    // The owner counts every council's rows by lifting FORCE for this transaction only.
    await q.query(`ALTER TABLE notification_channel NO FORCE ROW LEVEL SECURITY`);
    const [{ sealed }] = await q.query(`SELECT count(*)::int AS sealed FROM notification_channel WHERE secret_sealed`);
    await q.query(`ALTER TABLE notification_channel FORCE ROW LEVEL SECURITY`);
    if (sealed > 0) throw new Error(`${sealed} webhook secrets are encrypted; reverting would leave them unreadable`);
    await q.query(`ALTER TABLE notification_delivery ADD COLUMN last_status int`);
    await q.query(`ALTER TABLE notification_channel DROP COLUMN secret_sealed`);
  }
}
