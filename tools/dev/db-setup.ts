// npm run db:setup: makes sure PostgreSQL answers and each service has its database and application role.
import { ensurePostgres } from './infrastructure';
import { progress } from './progress';

ensurePostgres(progress('db:setup').step).catch(() => process.exit(1));
