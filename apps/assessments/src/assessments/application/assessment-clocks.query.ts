import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { AssessmentRepository } from './assessment.repository';
import { ClockRepository, RunningClock } from './clock.repository';
import { Scope } from '@carers/platform/auth';

/** The clocks of one assessment, running and stopped. */
@Injectable()
export class AssessmentClocksQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly assessments: AssessmentRepository,
    private readonly clocks: ClockRepository,
  ) {}

  execute(scope: Scope, id: string): Promise<RunningClock[]> {
    return this.uow.run(scope.tenantId, async (tx) =>
      this.clocks.forAssessment(tx, (await this.assessments.inScope(tx, scope, id)).facts.id),
    );
  }
}
