import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from '@carers/platform/persistence';
import { serviceEnvironment } from '@carers/platform/service';
import { CardNumberHasher } from '../../emergency/infrastructure/card-number-hasher.adapter';

const BATCH = 1000;

/**
 * Issue 21, finding 9: an emergency card number is a bearer secret, so the register stops keeping it. Each plan's
 * cards move to `emergency_card`, which holds an HMAC-SHA-256 of the number under CARD_NUMBER_KEY (the same key the
 * service reads; the migration needs it only when there are plans to convert) and whether the card was revoked. A
 * number that opens nothing is recorded in `emergency_card_refusal`: who tried, when, why; never the number.
 */
export class EmergencyCardsByKeyedHash1764000000140 implements MigrationInterface {
  name = 'EmergencyCardsByKeyedHash1764000000140';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE emergency_card (
        id uuid PRIMARY KEY,
        tenant_id text NOT NULL,
        plan_id uuid NOT NULL REFERENCES emergency_plan (id),
        number_hash text NOT NULL UNIQUE CHECK (number_hash ~ '^[0-9a-f]{64}$'),
        issued_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_by text,
        revocation_reason text,
        CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
      )`);
    // one card in use per plan; revoked ones stay, so a later try with one is known for what it is
    await q.query(`CREATE UNIQUE INDEX emergency_card_in_use ON emergency_card (plan_id) WHERE revoked_at IS NULL`);
    await q.query(`
      CREATE TABLE emergency_card_refusal (
        id bigserial PRIMARY KEY,
        tenant_id text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        action text NOT NULL CHECK (action IN ('lookup', 'activation')),
        by_subject text NOT NULL,
        by_role text NOT NULL,
        reason text NOT NULL CHECK (reason IN ('unknown-card', 'revoked-card')),
        plan_id uuid REFERENCES emergency_plan (id)
      )`);
    await q.query(`CREATE INDEX emergency_card_refusal_plan ON emergency_card_refusal (plan_id) WHERE plan_id IS NOT NULL`);
    await enableTenantRls(q, 'emergency_card');
    await enableTenantRls(q, 'emergency_card_refusal');

    // every council's plans at once: the owner lifts forced row-level security for this migration's transaction only
    await q.query(`ALTER TABLE emergency_plan NO FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE emergency_card NO FORCE ROW LEVEL SECURITY`);
    const plans: { id: string; tenant_id: string; card_number: string; created_on: string }[] = await q.query(
      `SELECT id, tenant_id, card_number, created_on::text AS created_on FROM emergency_plan ORDER BY id`,
    );
    if (plans.length) {
      const hasher = CardNumberHasher.fromEnvironment(serviceEnvironment());
      for (let i = 0; i < plans.length; i += BATCH) {
        const batch = plans.slice(i, i + BATCH);
        await q.query(
          `INSERT INTO emergency_card (id, tenant_id, plan_id, number_hash, issued_at)
           SELECT gen_random_uuid(), tenant_id, plan_id, number_hash, issued_on::timestamptz
             FROM unnest($1::text[], $2::uuid[], $3::text[], $4::date[]) AS given (tenant_id, plan_id, number_hash, issued_on)`,
          [
            batch.map((p) => p.tenant_id),
            batch.map((p) => p.id),
            batch.map((p) => hasher.hash(p.card_number)),
            batch.map((p) => p.created_on),
          ],
        );
      }
    }
    await q.query(`ALTER TABLE emergency_card FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE emergency_plan FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE emergency_plan DROP COLUMN card_number`);
  }

  async down(q: QueryRunner): Promise<void> {
    // the numbers cannot come back from their hashes: after a revert every plan needs a new card
    await q.query(`ALTER TABLE emergency_plan ADD COLUMN card_number text UNIQUE`);
    await q.query(`DROP TABLE emergency_card_refusal, emergency_card`);
  }
}
