import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19, ADR 0027: an event that reports a step before the one it follows is held, as it arrived, until its
 * predecessor is applied; then it goes through the inbox again. Past the hold limit it is parked and its sender told.
 */
export class HeldEvents1767000000000 implements MigrationInterface {
  name = 'HeldEvents1767000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE held_event (
        consumer text NOT NULL,
        topic text NOT NULL,
        partition int NOT NULL,
        "offset" text NOT NULL,
        message_key text,
        headers jsonb NOT NULL DEFAULT '{}',
        value text NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        tenant_id text NOT NULL,
        waiting_for text NOT NULL,
        held_at timestamptz NOT NULL DEFAULT now(),
        tries int NOT NULL DEFAULT 1,
        PRIMARY KEY (consumer, topic, partition, "offset")
      )`);
    await q.query(`CREATE INDEX held_event_age ON held_event (consumer, held_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE held_event`);
  }
}
