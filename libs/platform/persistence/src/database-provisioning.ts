import { Client } from 'pg';
import { withDatabase } from './database-urls';

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`"${name}" is not a safe PostgreSQL identifier`);
  return `"${name}"`;
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `Cannot connect to PostgreSQL at ${redact(url)}: ${(error as Error).message}. ` +
        'Start the local cluster (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or set the database URLs (see README).',
    );
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

/** Creates the application role (no superuser, no RLS bypass) and the database if they are missing. */
export async function ensureDatabase(ownerUrl: string, database: string, appRole?: string, template?: string): Promise<boolean> {
  return withClient(withDatabase(ownerUrl, 'postgres'), async (c) => {
    if (appRole) {
      await c
        .query(
          `DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${appRole.replace(/'/g, '')}') THEN
          CREATE ROLE ${ident(appRole)} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF; END $$`,
        )
        .catch(ignoreDuplicate);
    }
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount) return false;
    await c.query(`CREATE DATABASE ${ident(database)}${template ? ` TEMPLATE ${ident(template)}` : ''}`).catch(ignoreDuplicate);
    return true;
  });
}

export async function dropDatabase(ownerUrl: string, database: string): Promise<void> {
  await withClient(withDatabase(ownerUrl, 'postgres'), (c) => c.query(`DROP DATABASE IF EXISTS ${ident(database)} WITH (FORCE)`));
}

function ignoreDuplicate(error: { code?: string }) {
  // 42710 duplicate_object, 42P04 duplicate_database, 23505 unique_violation: another process created it first
  if (!['42710', '42P04', '23505'].includes(error.code ?? '')) throw error;
}
