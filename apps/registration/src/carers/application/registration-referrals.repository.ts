import { Tx } from '@carers/platform/persistence';
import { RegistrationReferral } from '../domain/registration-referral';

export type NewReferral = Pick<RegistrationReferral, 'carerId' | 'providerId' | 'submittedBy' | 'requestsAssessment'>;

/** Registrations of people already on the register outside the registering provider, waiting for a council officer. */
export abstract class RegistrationReferrals {
  abstract add(tx: Tx, referral: NewReferral): Promise<string>;
  abstract list(tx: Tx, status: RegistrationReferral['status'], limit: number): Promise<RegistrationReferral[]>;
  /** Locked for this transaction. */
  abstract get(tx: Tx, id: string): Promise<RegistrationReferral | undefined>;
  abstract close(tx: Tx, id: string, reason: string, by: string): Promise<void>;
}
