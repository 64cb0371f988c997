import { Tx } from '@carers/platform/persistence';
import { Assessment } from '../domain/assessment';

export interface WaitingEntry {
  assessmentId: string;
  carerId: string;
  type: string;
  route: string;
  fastTrack: boolean;
  providerId?: string;
  requestedOn: string;
  contactedOn?: string;
}

export interface KnownCarer {
  carerId: string;
  kind: 'adult' | 'young' | 'parent';
  providerId?: string;
}

/** Assessments and what this service knows of carers. */
export abstract class AssessmentStore {
  abstract add(tx: Tx, assessment: Assessment): Promise<void>;
  abstract get(tx: Tx, id: string, forUpdate?: boolean): Promise<Assessment | undefined>;
  /** Writes a changed assessment; a conflict if someone else changed it first. */
  abstract save(tx: Tx, assessment: Assessment): Promise<void>;
  abstract waiting(tx: Tx, providerId?: string): Promise<WaitingEntry[]>;
  abstract forCarer(tx: Tx, carerId: string): Promise<Assessment[]>;
  abstract knownCarer(tx: Tx, carerId: string): Promise<KnownCarer | undefined>;
}
