import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { PLATFORM_MIGRATIONS } from '@carers/platform/messaging';
import { databaseUrls, dropDatabase, ensureDatabase, migrate, withDatabase } from '@carers/platform/persistence';
import { ServiceDefinition } from '@carers/platform/service';

/**
 * A database per spec file, cloned from a template migrated once per set of migrations. Clones are
 * cheap (a file copy) and never see another spec's data, so spec files can run in parallel.
 */
export async function cloneServiceDatabase(definition: ServiceDefinition): Promise<{ env: NodeJS.ProcessEnv; drop: () => Promise<void> }> {
  const base = databaseUrls(definition.name, {
    ...process.env,
    [`${definition.name.toUpperCase()}_DATABASE_URL`]: undefined,
    DATABASE_URL: undefined,
  });
  const migrations = [...PLATFORM_MIGRATIONS, ...definition.migrations];
  // a migration's seed data lives in static properties, so a change to the data makes a new template too
  const fingerprint = createHash('sha1')
    .update(migrations.map((m) => m.name + m.toString() + JSON.stringify(Object.entries(m))).join())
    .digest('hex')
    .slice(0, 10);
  const template = `${base.database}_tpl_${fingerprint}`;
  await withTemplateLock(base.migrations, async () => {
    if (await ensureDatabase(base.migrations, template, base.appRole)) {
      try {
        await migrate(withDatabase(base.migrations, template), migrations, base.appRole);
      } catch (error) {
        await dropDatabase(base.migrations, template);
        throw error;
      }
    }
  });
  const clone = `${base.database}_t_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(base.migrations, clone, base.appRole, template);
  const prefix = definition.name.toUpperCase();
  return {
    env: {
      [`${prefix}_DATABASE_URL`]: withDatabase(base.app, clone),
      [`${prefix}_MIGRATIONS_DATABASE_URL`]: withDatabase(base.migrations, clone),
    },
    drop: () => dropDatabase(base.migrations, clone),
  };
}

async function withTemplateLock(ownerUrl: string, work: () => Promise<void>) {
  const client = new Client({ connectionString: withDatabase(ownerUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext('carers-test-templates'))`);
    await work();
  } finally {
    await client.end();
  }
}
