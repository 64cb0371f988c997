import 'reflect-metadata';
import { bootstrapService, migrateOnly } from '@carers/platform/service';
import { AppModule } from './app.module';
import { PERFORMANCE } from './service';

const start = process.argv.includes('--migrate-only')
  ? migrateOnly(PERFORMANCE)
  : bootstrapService(AppModule, { title: 'Provider performance' });

void start.catch((error) => {
  console.error(JSON.stringify({ level: 'fatal', service: 'performance', msg: `could not start: ${error.message}` }));
  process.exit(1);
});
