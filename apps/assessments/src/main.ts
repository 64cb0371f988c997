import 'reflect-metadata';
import { bootstrapService, migrateOnly } from '@carers/platform/service';
import { AppModule } from './app.module';
import { ASSESSMENTS } from './service';

const start = process.argv.includes('--migrate-only')
  ? migrateOnly(ASSESSMENTS)
  : bootstrapService(AppModule, { title: 'Statutory assessments' });

void start.catch((error) => {
  console.error(JSON.stringify({ level: 'fatal', service: 'assessments', msg: `could not start: ${error.message}` }));
  process.exit(1);
});
