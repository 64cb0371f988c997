import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { Assessment, milestonesBetween } from '../domain/assessment';
import { AssessmentRepository } from './assessment.repository';
import { RecordMilestonesHandler } from './record-milestones.handler';
import { Scope } from '@carers/platform/auth';

/** Records that the carer refused the assessment, on the day given (today by default). */
@Injectable()
export class RefuseAssessmentHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly assessments: AssessmentRepository,
    private readonly milestones: RecordMilestonesHandler,
    private readonly clock: Clock,
  ) {}

  execute(scope: Scope, id: string, on?: string): Promise<Assessment> {
    const today = this.clock.today();
    return this.uow.run(scope.tenantId, async (tx) => {
      const current = await this.assessments.inScope(tx, scope, id, true);
      const next = current.refuse(on ?? today, today);
      return this.milestones.execute(tx, next, milestonesBetween(current, next));
    });
  }
}
