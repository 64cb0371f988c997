import { Injectable } from '@nestjs/common';
import { ProviderRemedialActionCompleted, ProviderRemedialPlanSubmitted, Topics } from '@carers/contracts';
import { EventRoutes, Listens } from '@carers/platform/messaging';
import { CompleteRemedialActionHandler } from '../application/complete-remedial-action.handler';
import { SubmitRemedialPlanHandler } from '../application/submit-remedial-plan.handler';
import { Caller } from '../domain/performance-case';

// the inbound path has bound the event to the provider whose topic it came on (ADR 0014)
export const sentAs = (tenantId: string, providerId: string): Caller => ({
  subject: `${providerId} system`,
  scope: { kind: 'provider', tenantId, providerId },
});

/** Plans and milestones from consortium members' own systems; one for another provider's case is refused and the sender told why. */
@Injectable()
export class RemedialPlanListener {
  constructor(
    private readonly submitPlan: SubmitRemedialPlanHandler,
    private readonly completeAction: CompleteRemedialActionHandler,
  ) {}

  @Listens(Topics.providerRemedialPlan)
  planRoutes() {
    return new EventRoutes()
      .on(ProviderRemedialPlanSubmitted, (e, tx) =>
        this.submitPlan.within(tx, e.data.caseId, e.data.actions, sentAs(tx.tenantId, e.data.providerId), e.data.alsoForCaseIds),
      )
      .on(ProviderRemedialActionCompleted, (e, tx) => this.completeAction.within(tx, e.data, sentAs(tx.tenantId, e.data.providerId)));
  }
}
