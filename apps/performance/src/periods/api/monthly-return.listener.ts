import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { CloudEvent, DomainError, ProviderMonthlyReturn, Topics } from '@carers/contracts';
import { Delivery } from '@carers/platform/messaging';
import { MonthlyReturns } from '../application/monthly-returns';

/** Monthly returns from providers' systems; a return for another provider is refused and the sender told why. */
@Controller()
export class MonthlyReturnListener {
  constructor(private readonly returns: MonthlyReturns) {}

  @EventPattern(Topics.providerMonthlyReturn)
  onReturn(@Payload() delivery: Delivery) {
    return delivery.dispatch({
      [ProviderMonthlyReturn.type]: async (e: CloudEvent<ProviderMonthlyReturn>, tx) => {
        if (e.source !== e.data.providerId) throw new DomainError('wrong-sender', `the return says it is from ${e.data.providerId} but was sent as ${e.source}`);
        await this.returns.receive(tx, e.data);
      },
    });
  }
}
