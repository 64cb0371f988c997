import { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox, inbox and dead-letter tables every service needs. Each app lists this migration first. */
export class MessagingTables1764000000000 implements MigrationInterface {
  name = 'MessagingTables1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        topic text NOT NULL,
        message_key text NOT NULL,
        event_type text NOT NULL,
        payload jsonb NOT NULL,
        headers jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        published_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL`);
    await q.query(`CREATE INDEX outbox_published_at ON outbox (published_at) WHERE published_at IS NOT NULL`);
    await q.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('outbox', ''); RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`);
    await q.query(`
      CREATE TABLE inbox (
        consumer text NOT NULL,
        event_id uuid NOT NULL,
        topic text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
    await q.query(`
      CREATE TABLE dead_letter (
        id bigserial PRIMARY KEY,
        consumer text NOT NULL,
        topic text NOT NULL,
        partition int NOT NULL,
        "offset" text NOT NULL,
        message_key text,
        headers jsonb NOT NULL DEFAULT '{}',
        value text,
        event_id uuid,
        event_type text,
        reason text NOT NULL,
        error text NOT NULL,
        attempts int NOT NULL,
        status text NOT NULL DEFAULT 'parked' CHECK (status IN ('parked', 'replayed', 'discarded')),
        parked_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by text,
        resolution_note text,
        UNIQUE (consumer, topic, partition, "offset")
      )`);
    await q.query(`CREATE INDEX dead_letter_parked ON dead_letter (parked_at) WHERE status = 'parked'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE dead_letter; DROP TABLE inbox; DROP TRIGGER outbox_notify ON outbox; DROP FUNCTION outbox_notify(); DROP TABLE outbox`,
    );
  }
}
