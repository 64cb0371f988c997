import { Injectable } from '@nestjs/common';
import { EscalationCasePaused } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { CaseStateError } from '../domain/case.errors';
import { actionable, Caller, PerformanceCase } from '../domain/performance-case';
import { CaseRepository } from './case.repository';

export interface PauseCase {
  caseId: string;
  /** The ground for relief: a contract's relief event. */
  relief: string;
  reason: string;
}

/** An officer pauses a case, or a provider's dispute of a notice does (ADR 0026): its timers stop until it is resumed. */
@Injectable()
export class PauseCaseHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly cases: CaseRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  execute(tenantId: string, cmd: PauseCase, who: Caller) {
    return this.uow.run(tenantId, async (tx) => {
      const c = actionable(await this.cases.byId(tx, cmd.caseId), cmd.caseId, who);
      if (c.status === 'paused') throw new CaseStateError('the case is already paused');
      await this.within(tx, c, cmd.relief, cmd.reason, who.subject);
      return this.cases.byId(tx, c.id);
    });
  }

  async within(tx: Tx, c: PerformanceCase, relief: string, reason: string, actor: string): Promise<void> {
    const today = this.clock.today();
    await this.cases.update(tx, c.id, { status: 'paused', pausedOn: today });
    await this.cases.record(tx, c.id, today, {
      action: 'paused',
      cause: relief,
      actor,
      reason,
      withKpi: true,
      policyVersion: c.policyVersion,
    });
    await this.outbox.add(tx, EscalationCasePaused, c.id, 0, { caseId: c.id, providerId: c.providerId, kpiId: c.kpiId, relief });
  }
}
