import 'reflect-metadata';
import { bootstrapService } from '@carers/platform/service';
import { AppModule } from './app.module';

void bootstrapService(AppModule, { title: 'Statutory assessments' }).catch((error) => {
  console.error(JSON.stringify({ level: 'fatal', service: 'assessments', msg: `could not start: ${error.message}` }));
  process.exit(1);
});
