/** Connection strings for one service: the application role (subject to row-level security) and the owner that migrates. */
export interface DatabaseUrls {
  readonly app: string;
  readonly migrations: string;
  readonly database: string;
  readonly appRole: string;
}

export function databaseUrls(service: string, env: NodeJS.ProcessEnv = process.env): DatabaseUrls {
  const prefix = service.toUpperCase().replace(/-/g, '_');
  const host = env['PGHOST_DEFAULT'] ?? '127.0.0.1:5432';
  const database = `carers_${service.replace(/-/g, '_')}`;
  const appRole = `${service.replace(/-/g, '_')}_app`;
  const app = env[`${prefix}_DATABASE_URL`] ?? env['DATABASE_URL'] ?? `postgres://${appRole}@${host}/${database}`;
  const migrations =
    env[`${prefix}_MIGRATIONS_DATABASE_URL`] ?? env['MIGRATIONS_DATABASE_URL'] ?? `postgres://postgres@${host}/${database}`;
  return { app, migrations, database: new URL(app).pathname.slice(1), appRole: decodeURIComponent(new URL(app).username) || appRole };
}

/** The same server, another database (used to reach `postgres` for CREATE DATABASE, or a per-test clone). */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
