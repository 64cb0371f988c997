import { Tx } from '@carers/platform/persistence';

export interface TransitionCandidate {
  carerId: string;
  version: number;
  providerId?: string;
  dateOfBirth: string;
}

/** Young carers not yet told about: claimed with SKIP LOCKED so replicas never send the same one twice. */
export abstract class TransitionWatch {
  abstract claimDue(tx: Tx, bornOnOrBefore: string, limit: number): Promise<TransitionCandidate[]>;
  abstract markSent(tx: Tx, carerIds: string[], on: string): Promise<void>;
}
