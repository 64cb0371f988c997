import { ReferralClosedError, ReferralNotFoundError } from './registration-referral.errors';

/**
 * A registration a council officer must look at (issue 21, finding 4): a provider worker registered a person who is
 * already on the register outside its provider. The worker is told only that the council will review it; the
 * referral keeps who tried, for which provider, and the existing record, and none of the details sent.
 */
export interface RegistrationReferral {
  id: string;
  /** The record already on the register. */
  carerId: string;
  /** The provider whose worker tried to register the person. */
  providerId: string;
  submittedBy: string;
  requestsAssessment: boolean;
  status: 'open' | 'closed';
  closingReason?: string;
  closedBy?: string;
  createdAt: string;
}

/** The referral, if it still waits for an officer. */
export function openReferral(id: string, referral: RegistrationReferral | undefined): RegistrationReferral {
  if (!referral) throw new ReferralNotFoundError(id);
  if (referral.status !== 'open') throw new ReferralClosedError();
  return referral;
}
