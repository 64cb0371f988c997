import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ADR 0016: a frozen figure remembers that an upheld dispute cleared its breach, so its confirmation says so too
 * (before, only the re-announcement right after the decision did).
 */
export class DisputeClearance1764000000370 implements MigrationInterface {
  name = 'DisputeClearance1764000000370';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE closed_value ADD COLUMN cleared_by text CHECK (cleared_by IN ('dispute-upheld'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE closed_value DROP COLUMN cleared_by`);
  }
}
