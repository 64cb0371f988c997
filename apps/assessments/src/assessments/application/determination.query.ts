import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { NoDeterminationError } from '../domain/assessment.errors';
import { determinationDocument } from '../domain/determination-document';
import { AssessmentRepository } from './assessment.repository';
import { Scope } from '@carers/platform/auth';

/** The written record of the determination (s13(2)), with the s13(5) advice when no need is eligible, as HTML. */
@Injectable()
export class DeterminationQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly assessments: AssessmentRepository,
  ) {}

  async execute(scope: Scope, id: string): Promise<string> {
    const a = await this.uow.run(scope.tenantId, (tx) => this.assessments.inScope(tx, scope, id));
    if (!a.facts.determination) throw new NoDeterminationError();
    return determinationDocument(a.facts.determination, {
      carerReference: a.facts.carerId,
      assessedOn: a.facts.completedOn!,
      council: `Council ${scope.tenantId}`,
    });
  }
}
