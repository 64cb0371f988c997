import 'reflect-metadata';
import { bootstrapService } from '@carers/platform/service';
import { AppModule } from './app.module';

void bootstrapService(AppModule, { title: 'Escalation' }).catch((error) => {
  console.error(JSON.stringify({ level: 'fatal', service: 'escalation', msg: `could not start: ${error.message}` }));
  process.exit(1);
});
