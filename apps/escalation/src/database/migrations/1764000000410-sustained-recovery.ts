import { MigrationInterface, QueryRunner } from 'typeorm';
import { CreateEscalation1764000000400 } from './1764000000400-create-escalation';

/**
 * A case recovers only after three consecutive healthy months (issue 18): every council whose default ladder
 * ('*') is still the one the platform seeded gets a new version of it with `recoveryMonths: 3`. A ladder a
 * council set itself is left as it is; cases opened before keep the version that moved them.
 */
export class SustainedRecovery1764000000410 implements MigrationInterface {
  name = 'SustainedRecovery1764000000410';

  async up(q: QueryRunner): Promise<void> {
    for (const tenant of CreateEscalation1764000000400.seed.councils) {
      await q.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
      await q.query(
        `INSERT INTO escalation_policy (tenant_id, provider_id, version, settings, set_by)
         SELECT tenant_id, '*', version + 1, settings || '{"recoveryMonths": 3}'::jsonb, 'default policy'
           FROM (SELECT * FROM escalation_policy WHERE tenant_id = $1 AND provider_id = '*' ORDER BY version DESC LIMIT 1) latest
          WHERE set_by = 'default policy' AND (settings->>'recoveryMonths')::int < 3`,
        [tenant],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const tenant of CreateEscalation1764000000400.seed.councils) {
      await q.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
      await q.query(
        `DELETE FROM escalation_policy p WHERE provider_id = '*' AND set_by = 'default policy' AND (settings->>'recoveryMonths')::int = 3
         AND tenant_id = $1 AND version = (SELECT max(version) FROM escalation_policy x WHERE x.tenant_id = p.tenant_id AND x.provider_id = '*')`,
        [tenant],
      );
    }
  }
}
