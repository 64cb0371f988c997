import { describeAuthorisationMatrix } from '@carers/testing';
import { AppModule } from './app.module';
import { ACTORS, MATRIX } from './authorisation-matrix';
import { PERFORMANCE } from './service';

describeAuthorisationMatrix({
  appModule: AppModule,
  definition: PERFORMANCE,
  actors: ACTORS,
  routes: MATRIX,
  fixtures: async () => ({ kpiId: 'first-contact-10-days', period: '2025-01', disputeId: '00000000-0000-4000-8000-000000000000' }),
  fresh: async () => ({}),
});
