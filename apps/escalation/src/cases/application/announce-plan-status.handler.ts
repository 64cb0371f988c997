import { Injectable } from '@nestjs/common';
import { RemedialPlanStatusChanged } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { PerformanceCase } from '../domain/performance-case';
import { PlanStatus, RemedialPlan } from '../domain/remedial-plan';
import { CaseRepository } from './case.repository';

/** A plan's new status, in the case's history and on escalation.case.v1. */
@Injectable()
export class AnnouncePlanStatusHandler {
  constructor(
    private readonly cases: CaseRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async execute(tx: Tx, c: PerformanceCase, plan: RemedialPlan, status: PlanStatus, actor: string, reason?: string): Promise<void> {
    await this.cases.record(tx, c.id, this.clock.today(), {
      action: `plan-${status}`,
      cause: `plan-cycle-${plan.cycle}`,
      actor,
      reason,
      policyVersion: c.policyVersion,
    });
    await this.outbox.add(tx, RemedialPlanStatusChanged, c.id, 0, {
      caseId: c.id,
      providerId: c.providerId,
      kpiId: c.kpiId,
      planId: plan.id,
      cycle: plan.cycle,
      status,
    });
  }
}
