import { Tx } from '@carers/platform/persistence';
import { Assessment } from '../domain/assessment';
import { AssessmentNotFoundError } from '../domain/assessment.errors';
import { Scope, reaches } from '@carers/platform/auth';

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

/** Assessments, each council's own. */
export abstract class AssessmentRepository {
  abstract add(tx: Tx, assessment: Assessment): Promise<void>;
  abstract get(tx: Tx, id: string, forUpdate?: boolean): Promise<Assessment | undefined>;
  /** Writes a changed assessment; a conflict if someone else changed it first. */
  abstract save(tx: Tx, assessment: Assessment): Promise<void>;
  abstract waiting(tx: Tx, providerId?: string): Promise<WaitingEntry[]>;
  abstract forCarer(tx: Tx, carerId: string): Promise<Assessment[]>;
  /** Moves an assessment and its clocks to the record a duplicate carer was merged into. */
  abstract moveToCarer(tx: Tx, assessmentId: string, carerId: string): Promise<void>;

  /** The assessment, or not found. */
  async found(tx: Tx, id: string, forUpdate = false): Promise<Assessment> {
    const a = await this.get(tx, id, forUpdate);
    if (!a) throw new AssessmentNotFoundError(id);
    return a;
  }

  /** The assessment if the scope may see it; not found otherwise, so a provider worker never learns of another provider's work. */
  async inScope(tx: Tx, scope: Scope, id: string, forUpdate = false): Promise<Assessment> {
    const a = await this.get(tx, id, forUpdate);
    if (!a || !reaches(scope, a.facts.providerId)) throw new AssessmentNotFoundError(id);
    return a;
  }
}
