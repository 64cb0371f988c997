import { Injectable } from '@nestjs/common';
import { ProviderMonthlyReturn, Topics } from '@carers/contracts';
import { EventRoutes, Listens } from '@carers/platform/messaging';
import { MonthlyReturns } from '../application/monthly-returns';

/** Monthly returns from providers' systems, each bound by the inbound path to the provider whose topic it came on (ADR 0014). */
@Injectable()
export class MonthlyReturnListener {
  constructor(private readonly returns: MonthlyReturns) {}

  @Listens(Topics.providerMonthlyReturn)
  returnsRoutes() {
    return new EventRoutes().on(ProviderMonthlyReturn, (e, tx) => this.returns.receive(tx, e.data));
  }
}
