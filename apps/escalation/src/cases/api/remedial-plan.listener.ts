import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { CloudEvent, ProviderRemedialActionCompleted, ProviderRemedialPlanSubmitted, Topics } from '@carers/contracts';
import { Delivery } from '@carers/platform/messaging';
import { RemedialPlans } from '../application/remedial-plans';

// the inbound path has bound the event to the provider whose topic it came on (ADR 0014)
const sentAs = (e: CloudEvent<{ providerId: string }>) => ({ subject: `${e.data.providerId} system`, providerId: e.data.providerId });

/** Plans and milestones from consortium members' own systems; one for another provider's case is refused and the sender told why. */
@Controller()
export class RemedialPlanListener {
  constructor(private readonly plans: RemedialPlans) {}

  @EventPattern(Topics.providerRemedialPlan)
  onPlanEvent(@Payload() delivery: Delivery) {
    return delivery.dispatch({
      [ProviderRemedialPlanSubmitted.type]: (e: CloudEvent<ProviderRemedialPlanSubmitted>, tx) => this.plans.submit(tx, e.data.caseId, e.data.actions, sentAs(e)),
      [ProviderRemedialActionCompleted.type]: (e: CloudEvent<ProviderRemedialActionCompleted>, tx) =>
        this.plans.completeAction(tx, e.data.caseId, e.data.actionId, e.data.completedOn, sentAs(e)),
    });
  }
}
