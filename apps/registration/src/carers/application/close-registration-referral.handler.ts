import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { openReferral, RegistrationReferral } from '../domain/registration-referral';
import { RegistrationReferrals } from './registration-referrals.repository';

/**
 * A council officer has dealt with a referral (allocated the existing carer to the provider, told the provider, or
 * found nothing to do) and closes it, saying why.
 */
@Injectable()
export class CloseRegistrationReferralHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly referrals: RegistrationReferrals,
  ) {}

  execute(tenantId: string, id: string, reason: string, by: string): Promise<RegistrationReferral> {
    return this.uow.run(tenantId, async (tx) => {
      openReferral(id, await this.referrals.get(tx, id));
      await this.referrals.close(tx, id, reason, by);
      return (await this.referrals.get(tx, id))!;
    });
  }
}
