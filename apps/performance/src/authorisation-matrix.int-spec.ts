import { describeAuthorisationMatrix } from '@carers/testing';
import { AppModule } from './app.module';
import { ACTORS, MATRIX } from './authorisation-matrix';
import { PERFORMANCE } from './service';

describeAuthorisationMatrix({
  appModule: AppModule,
  definition: PERFORMANCE,
  actors: ACTORS,
  routes: MATRIX,
  fixtures: async () => ({ kpiId: 'first-contact-10-days' }),
  fresh: async () => ({}),
});
