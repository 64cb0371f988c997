import { QueryRunner } from 'typeorm';

/**
 * Row-level security for a tenant-owned table: every statement sees and writes only the rows of the
 * council set by the unit of work. FORCE makes it apply to the table owner as well.
 */
export async function enableTenantRls(queryRunner: QueryRunner, table: string): Promise<void> {
  await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
  await queryRunner.query(
    `CREATE POLICY tenant_isolation ON "${table}"
       USING (tenant_id = current_setting('app.tenant_id', true))
       WITH CHECK (tenant_id = current_setting('app.tenant_id', true))`,
  );
}

/** Platform tables shared by all councils of a service; every other table must have forced row-level security. */
export const PLATFORM_TABLES = ['migrations', 'outbox', 'inbox', 'dead_letter', 'held_event', 'trusted_provider'] as const;

export const TABLES_WITHOUT_FORCED_RLS_SQL = `
  SELECT c.relname AS table
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'public' AND c.relkind = 'r'
     AND NOT (c.relrowsecurity AND c.relforcerowsecurity)
     AND c.relname <> ALL($1)
   ORDER BY 1`;
