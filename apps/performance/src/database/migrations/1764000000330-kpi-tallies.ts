import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, Tx } from '@carers/platform/persistence';
import { tallyFacts } from '../../kpis/domain/tally';
import { SqlPerformanceRepository } from '../../kpis/infrastructure/sql-performance.repository';
import { CreatePerformance1764000000300 } from './1764000000300-create-performance';

/**
 * Each provider's running tallies per month (cases by days taken, on time or not, spells on the waiting list and on the
 * register), kept up to date by every fact's change, so one event's KPI update reads a few tally rows, not the month's cases;
 * and the changes waiting to be folded in and measured. See ADR 0011. Facts already held are tallied here.
 */
export class KpiTallies1764000000330 implements MigrationInterface {
  name = 'KpiTallies1764000000330';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kpi_tally (
        tenant_id text NOT NULL, provider_id text NOT NULL, period text NOT NULL, series text NOT NULL, bucket int NOT NULL, count int NOT NULL,
        PRIMARY KEY (tenant_id, provider_id, period, series, bucket)
      )`);
    await enableTenantRls(q, 'kpi_tally');
    // changes not yet folded into the tallies: ingestion only appends (no shared rows to lock), the measurement worker folds them in and measures
    await q.query(`
      CREATE TABLE kpi_tally_change (
        id bigserial PRIMARY KEY, tenant_id text NOT NULL, provider_id text NOT NULL, period text NOT NULL, series text NOT NULL, bucket int NOT NULL, count int NOT NULL
      )`);
    await enableTenantRls(q, 'kpi_tally_change');
    const store = new SqlPerformanceRepository();
    for (const { tenant } of CreatePerformance1764000000300.seed.councils) {
      await q.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
      const tx = new Tx(q.manager, tenant);
      await store.replaceTallies(tx, tallyFacts);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE kpi_tally_change`);
    await q.query(`DROP TABLE kpi_tally`);
  }
}
