import { Injectable } from '@nestjs/common';
import { ProviderMonthlyReturn, Topics } from '@carers/contracts';
import { EventRoutes, Listens } from '@carers/platform/messaging';
import { ReceiveMonthlyReturnHandler } from '../application/receive-monthly-return.handler';

/** Monthly returns from providers' systems, each bound by the inbound path to the provider whose topic it came on (ADR 0014). */
@Injectable()
export class MonthlyReturnListener {
  constructor(private readonly receive: ReceiveMonthlyReturnHandler) {}

  @Listens(Topics.providerMonthlyReturn)
  returnsRoutes() {
    return new EventRoutes().on(ProviderMonthlyReturn, (e, tx) => this.receive.within(tx, e.data));
  }
}
