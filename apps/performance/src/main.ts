import 'reflect-metadata';
import { bootstrapService } from '@carers/platform/service';
import { AppModule } from './app.module';

void bootstrapService(AppModule, { title: 'Provider performance' }).catch((error) => {
  console.error(JSON.stringify({ level: 'fatal', service: 'performance', msg: `could not start: ${error.message}` }));
  process.exit(1);
});
