import { Tx } from '@carers/platform/persistence';
import { InvestigationOutcome, JointInvestigation } from '../domain/joint-investigation';

/** Joint investigations of a case (GC9). */
export abstract class JointInvestigationRepository {
  abstract ofCase(tx: Tx, caseId: string): Promise<JointInvestigation[]>;
  /** The case's open investigation, locked. */
  abstract open(tx: Tx, caseId: string): Promise<JointInvestigation | undefined>;
  abstract agree(tx: Tx, i: Omit<JointInvestigation, 'concludedOn' | 'concludedBy' | 'findings' | 'outcome'>): Promise<void>;
  abstract conclude(tx: Tx, id: string, c: { on: string; by: string; findings: string; outcome: InvestigationOutcome }): Promise<void>;
}
