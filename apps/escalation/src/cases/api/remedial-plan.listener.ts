import { Injectable } from '@nestjs/common';
import { ProviderRemedialActionCompleted, ProviderRemedialPlanSubmitted, Topics } from '@carers/contracts';
import { EventRoutes, Listens } from '@carers/platform/messaging';
import { RemedialPlans } from '../application/remedial-plans';

// the inbound path has bound the event to the provider whose topic it came on (ADR 0014)
const sentAs = (providerId: string) => ({ subject: `${providerId} system`, providerId });

/** Plans and milestones from consortium members' own systems; one for another provider's case is refused and the sender told why. */
@Injectable()
export class RemedialPlanListener {
  constructor(private readonly plans: RemedialPlans) {}

  @Listens(Topics.providerRemedialPlan)
  planRoutes() {
    return new EventRoutes()
      .on(ProviderRemedialPlanSubmitted, (e, tx) => this.plans.submit(tx, e.data.caseId, e.data.actions, sentAs(e.data.providerId)))
      .on(ProviderRemedialActionCompleted, (e, tx) => this.plans.completeAction(tx, e.data.caseId, e.data.actionId, e.data.completedOn, sentAs(e.data.providerId)));
  }
}
