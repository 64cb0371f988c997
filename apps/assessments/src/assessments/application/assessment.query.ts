import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { Assessment } from '../domain/assessment';
import { AssessmentScope } from '../domain/assessment-scope';
import { AssessmentRepository } from './assessment.repository';

/** One assessment, if the scope may see it. */
@Injectable()
export class AssessmentQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly assessments: AssessmentRepository,
  ) {}

  execute(scope: AssessmentScope, id: string): Promise<Assessment> {
    return this.uow.run(scope.tenantId, (tx) => this.assessments.inScope(tx, scope, id));
  }
}
