import 'reflect-metadata';
import { bootstrapService, migrateOnly } from '@carers/platform/service';
import { AppModule } from './app.module';
import { REGISTRATION } from './service';

const start = process.argv.includes('--migrate-only')
  ? migrateOnly(REGISTRATION)
  : bootstrapService(AppModule, { title: 'Carer registration' });

void start.catch((error) => {
  console.error(JSON.stringify({ level: 'fatal', service: 'registration', msg: `could not start: ${error.message}` }));
  process.exit(1);
});
