import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each KPI month as performance's month close holds it (ADR 0016): its closure (provisional, then confirmed), the
 * frozen figure after relief and upheld disputes, and why a live breach was cleared. Live columns stay as they were.
 */
export class ClosedMonths1764000000420 implements MigrationInterface {
  name = 'ClosedMonths1764000000420';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE kpi_month
        ADD COLUMN attribution text CHECK (attribution IN ('member', 'consortium')),
        ADD COLUMN closure text CHECK (closure IN ('provisional', 'confirmed')),
        ADD COLUMN closed_status text, ADD COLUMN closed_breached boolean, ADD COLUMN closed_value numeric,
        ADD COLUMN cleared_by text CHECK (cleared_by IN ('relief', 'dispute-upheld')), ADD COLUMN closed_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE kpi_month DROP COLUMN attribution, DROP COLUMN closure, DROP COLUMN closed_status, DROP COLUMN closed_breached,
        DROP COLUMN closed_value, DROP COLUMN cleared_by, DROP COLUMN closed_at`);
  }
}
