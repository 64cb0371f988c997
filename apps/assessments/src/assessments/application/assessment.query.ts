import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { Assessment } from '../domain/assessment';
import { AssessmentRepository } from './assessment.repository';
import { Scope } from '@carers/platform/auth';

/** One assessment, if the scope may see it. */
@Injectable()
export class AssessmentQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly assessments: AssessmentRepository,
  ) {}

  execute(scope: Scope, id: string): Promise<Assessment> {
    return this.uow.run(scope.tenantId, (tx) => this.assessments.inScope(tx, scope, id));
  }
}
