import { Injectable } from '@nestjs/common';
import { EscalationCaseResumed } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { CaseStateError } from '../domain/case.errors';
import { afterPause } from '../domain/deadlines';
import { actionable, Caller, PerformanceCase } from '../domain/performance-case';
import { CaseRepository } from './case.repository';
import { CouncilCalendarRepository } from './council-calendar.repository';

/** Timers run again; the deadline moves by the working days the case was paused, on the council's calendar (ADR 0017). */
@Injectable()
export class ResumeCaseHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly cases: CaseRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly calendars: CouncilCalendarRepository,
  ) {}

  execute(tenantId: string, caseId: string, reason: string, who: Caller) {
    return this.uow.run(tenantId, async (tx) => {
      const c = actionable(await this.cases.byId(tx, caseId), caseId, who);
      if (c.status !== 'paused') throw new CaseStateError('the case is not paused');
      await this.within(tx, c, reason, who.subject);
      return this.cases.byId(tx, c.id);
    });
  }

  async within(tx: Tx, c: PerformanceCase, reason: string, actor: string): Promise<void> {
    const today = this.clock.today();
    const { pausedDays, dueOn } = afterPause(c.dueOn, c.pausedOn!, today, await this.calendars.calendar(tx));
    await this.cases.update(tx, c.id, { status: 'open', pausedOn: null, dueOn });
    await this.cases.record(tx, c.id, today, {
      action: 'resumed',
      cause: `paused-${pausedDays}-working-days`,
      actor,
      reason,
      withKpi: true,
      policyVersion: c.policyVersion,
    });
    await this.outbox.add(tx, EscalationCaseResumed, c.id, 0, { caseId: c.id, providerId: c.providerId, kpiId: c.kpiId, dueOn });
  }
}
