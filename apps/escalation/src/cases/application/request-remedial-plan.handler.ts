import { Injectable } from '@nestjs/common';
import { RemedialPlanStatusChanged } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { PerformanceCase } from '../domain/performance-case';
import { CaseRepository } from './case.repository';
import { RemedialPlanRepository } from './remedial-plan.repository';

/** Asks the provider for a remedial action plan (a new cycle), due on the stage's deadline. */
@Injectable()
export class RequestRemedialPlanHandler {
  constructor(
    private readonly cases: CaseRepository,
    private readonly plans: RemedialPlanRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async execute(tx: Tx, c: PerformanceCase, dueOn: string): Promise<void> {
    const { planId, cycle } = await this.plans.request(tx, c.id, this.clock.today(), dueOn);
    await this.cases.update(tx, c.id, { dueOn });
    await this.outbox.add(tx, RemedialPlanStatusChanged, c.id, 0, {
      caseId: c.id,
      providerId: c.providerId,
      kpiId: c.kpiId,
      planId,
      cycle,
      status: 'requested',
      dueOn,
    });
  }
}
