import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { CarerFact } from '../domain/facts';
import { carerContributions } from '../domain/tally';
import { Touched } from '../domain/touched';
import { PerformanceRepository } from './performance.repository';

/** What one of registration's events changes of a carer: GP consent, provider, emergency plan, leaving the register. */
export type CarerFactChange = Partial<Omit<CarerFact, 'carerId' | 'registeredOn'>>;

/** Changes what is known of a carer, and notes what it moved in the tallies of the provider (or the two providers) concerned. */
@Injectable()
export class ChangeCarerFactHandler {
  constructor(private readonly performance: PerformanceRepository) {}

  async execute(tx: Tx, carerId: string, changes: CarerFactChange, touched: Touched): Promise<void> {
    const { before, after } = await this.performance.changeCarer(tx, carerId, changes);
    // a carer who moves provider leaves one provider's tallies and joins the other's
    touched.add(before.providerId, carerContributions(before), before.providerId === after.providerId ? carerContributions(after) : []);
    if (after.providerId !== before.providerId) touched.add(after.providerId, [], carerContributions(after));
  }
}
