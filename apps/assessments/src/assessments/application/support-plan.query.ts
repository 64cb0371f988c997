import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { AssessmentNotFoundError } from '../domain/assessment.errors';
import { SupportPlan } from '../domain/support-plan';
import { AssessmentRepository } from './assessment.repository';
import { Review, SupportPlanRepository } from './support-plan.repository';
import { Scope } from '@carers/platform/auth';

/** An assessment's support plan with its reviews. */
@Injectable()
export class SupportPlanQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly assessments: AssessmentRepository,
    private readonly plans: SupportPlanRepository,
  ) {}

  execute(scope: Scope, assessmentId: string): Promise<SupportPlan & { reviews: Review[] }> {
    return this.uow.run(scope.tenantId, async (tx) => {
      await this.assessments.inScope(tx, scope, assessmentId);
      const plan = await this.plans.forAssessment(tx, assessmentId);
      if (!plan) throw new AssessmentNotFoundError(`${assessmentId}/support-plan`);
      return { ...plan, reviews: await this.plans.reviews(tx, plan.id) };
    });
  }
}
