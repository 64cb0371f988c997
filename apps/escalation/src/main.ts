import 'reflect-metadata';
import { bootstrapService, migrateOnly } from '@carers/platform/service';
import { AppModule } from './app.module';
import { ESCALATION } from './service';

const start = process.argv.includes('--migrate-only') ? migrateOnly(ESCALATION) : bootstrapService(AppModule, { title: 'Escalation' });

void start.catch((error) => {
  console.error(JSON.stringify({ level: 'fatal', service: 'escalation', msg: `could not start: ${error.message}` }));
  process.exit(1);
});
