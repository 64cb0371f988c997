import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { RegistrationReferral } from '../domain/registration-referral';
import { RegistrationReferrals } from './registration-referrals.repository';

/** The registrations waiting for (or closed by) a council officer, oldest first. */
@Injectable()
export class RegistrationReferralsQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly referrals: RegistrationReferrals,
  ) {}

  execute(tenantId: string, status: RegistrationReferral['status'], limit = 100): Promise<RegistrationReferral[]> {
    return this.uow.run(tenantId, (tx) => this.referrals.list(tx, status, limit));
  }
}
