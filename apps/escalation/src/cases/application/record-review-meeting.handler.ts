import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { InvalidMeetingError } from '../domain/case.errors';
import { actionable, Caller } from '../domain/performance-case';
import { CaseRepository } from './case.repository';

/** The contract management meeting was held; at the review-meeting stage that meets its deadline. */
@Injectable()
export class RecordReviewMeetingHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly cases: CaseRepository,
    private readonly clock: Clock,
  ) {}

  execute(tenantId: string, caseId: string, heldOn: string, who: Caller) {
    return this.uow.run(tenantId, async (tx) => {
      const c = actionable(await this.cases.byId(tx, caseId), caseId, who);
      if (heldOn > this.clock.today()) throw new InvalidMeetingError('heldOn: a meeting is recorded once it has been held');
      await this.cases.update(tx, c.id, { reviewMeetingOn: heldOn, ...(c.stage === 'review-meeting' ? { dueOn: null } : {}) });
      await this.cases.record(tx, c.id, this.clock.today(), {
        action: 'review-meeting-held',
        cause: `held-${heldOn}`,
        actor: who.subject,
        withKpi: true,
        policyVersion: c.policyVersion,
      });
      return this.cases.byId(tx, c.id);
    });
  }
}
