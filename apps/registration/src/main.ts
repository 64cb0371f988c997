import 'reflect-metadata';
import { bootstrapService } from '@carers/platform/service';
import { AppModule } from './app.module';

void bootstrapService(AppModule, { title: 'Carer registration' }).catch((error) => {
  console.error(JSON.stringify({ level: 'fatal', service: 'registration', msg: `could not start: ${error.message}` }));
  process.exit(1);
});
