import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { Assessment, Completion, milestonesBetween } from '../domain/assessment';
import { AssessmentRepository } from './assessment.repository';
import { RecordMilestonesHandler } from './record-milestones.handler';
import { Scope } from '@carers/platform/auth';

export type CompleteAssessment = Omit<Completion, 'on'> & { on?: string };

/** Records what the assessment found and, for a carer's assessment, the eligibility determination (reg 3). */
@Injectable()
export class CompleteAssessmentHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly assessments: AssessmentRepository,
    private readonly milestones: RecordMilestonesHandler,
    private readonly clock: Clock,
  ) {}

  execute(scope: Scope, id: string, completion: CompleteAssessment): Promise<Assessment> {
    const today = this.clock.today();
    return this.uow.run(scope.tenantId, async (tx) => {
      const current = await this.assessments.inScope(tx, scope, id, true);
      const next = current.complete({ ...completion, on: completion.on ?? today }, today);
      return this.milestones.execute(tx, next, milestonesBetween(current, next));
    });
  }
}
