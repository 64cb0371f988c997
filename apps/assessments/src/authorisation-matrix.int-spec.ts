import { describeAuthorisationMatrix } from '@carers/testing';
import { AppModule } from './app.module';
import { assessmentUpTo, freshFixture, knownCarer } from './assessment-fixtures.test-helpers';
import { ACTORS, MATRIX } from './authorisation-matrix';
import { ASSESSMENTS } from './service';

let carerId = '';

describeAuthorisationMatrix({
  appModule: AppModule,
  definition: ASSESSMENTS,
  actors: ACTORS,
  routes: MATRIX,
  fixtures: async (service) => {
    carerId = await knownCarer(service);
    return {
      carerId,
      kind: 'commenced',
      assessmentId: await assessmentUpTo(service, carerId, 'requested'),
      completedId: await assessmentUpTo(service, carerId, 'completed'),
      plannedId: await assessmentUpTo(service, carerId, 'planned'),
    };
  },
  fresh: async (service, names) => {
    const values: Record<string, string> = {};
    for (const name of names) values[name] = await freshFixture(service, carerId, name);
    return values;
  },
});
