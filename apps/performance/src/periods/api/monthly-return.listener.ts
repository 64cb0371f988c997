import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { CloudEvent, ProviderMonthlyReturn, Topics } from '@carers/contracts';
import { Delivery } from '@carers/platform/messaging';
import { MonthlyReturns } from '../application/monthly-returns';

/** Monthly returns from providers' systems, each bound by the inbound path to the provider whose topic it came on (ADR 0014). */
@Controller()
export class MonthlyReturnListener {
  constructor(private readonly returns: MonthlyReturns) {}

  @EventPattern(Topics.providerMonthlyReturn)
  onReturn(@Payload() delivery: Delivery) {
    return delivery.dispatch({
      [ProviderMonthlyReturn.type]: async (e: CloudEvent<ProviderMonthlyReturn>, tx) => {
        await this.returns.receive(tx, e.data);
      },
    });
  }
}
