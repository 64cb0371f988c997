import { MixedList } from 'typeorm';
import { createDataSource } from './data-source.factory';

/** Runs pending migrations as the owner, then lets the application role use what they created. */
export async function migrate(ownerUrl: string, migrations: MixedList<Function>, appRole: string): Promise<string[]> {
  const ds = createDataSource({ url: ownerUrl, migrations, poolSize: 1, applicationName: 'migrate' });
  await ds.initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    const role = `"${appRole.replace(/"/g, '')}"`;
    await ds.query(`DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${appRole.replace(/'/g, '')}') THEN
      EXECUTE 'GRANT USAGE ON SCHEMA public TO ${role}';
      EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}';
      EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}';
      EXECUTE 'REVOKE ALL ON migrations FROM ${role}';
    END IF; END $$`);
    return ran.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
