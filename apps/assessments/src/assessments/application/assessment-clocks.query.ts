import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { AssessmentScope } from '../domain/assessment-scope';
import { AssessmentRepository } from './assessment.repository';
import { ClockRepository, RunningClock } from './clock.repository';

/** The clocks of one assessment, running and stopped. */
@Injectable()
export class AssessmentClocksQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly assessments: AssessmentRepository,
    private readonly clocks: ClockRepository,
  ) {}

  execute(scope: AssessmentScope, id: string): Promise<RunningClock[]> {
    return this.uow.run(scope.tenantId, async (tx) =>
      this.clocks.forAssessment(tx, (await this.assessments.inScope(tx, scope, id)).facts.id),
    );
  }
}
