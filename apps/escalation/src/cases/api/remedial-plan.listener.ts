import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { CloudEvent, DomainError, ProviderRemedialActionCompleted, ProviderRemedialPlanSubmitted, Topics } from '@carers/contracts';
import { Delivery } from '@carers/platform/messaging';
import { RemedialPlans } from '../application/remedial-plans';

const sentAs = (e: CloudEvent<{ providerId: string }>) => {
  if (e.source !== e.data.providerId) throw new DomainError('wrong-sender', `the event says it is from ${e.data.providerId} but was sent as ${e.source}`);
  return { subject: `${e.source} system`, providerId: e.source };
};

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
