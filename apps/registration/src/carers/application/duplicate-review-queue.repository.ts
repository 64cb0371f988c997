import { Tx } from '@carers/platform/persistence';
import { Carer } from '../domain/carer';
import { DuplicateReview } from '../domain/duplicate-review';

/** Records that may be one person, waiting for a council officer to merge them or keep them apart. */
export abstract class DuplicateReviewQueue {
  /** Active records that share enough with this one to be worth a look. */
  abstract candidatesFor(tx: Tx, carer: Carer): Promise<Carer[]>;
  abstract flag(tx: Tx, carerId: string, candidateId: string, reasons: string[]): Promise<string>;
  abstract list(tx: Tx, status: DuplicateReview['status'], limit: number): Promise<DuplicateReview[]>;
  abstract get(tx: Tx, id: string): Promise<DuplicateReview | undefined>;
  abstract resolve(tx: Tx, id: string, status: 'merged' | 'kept-apart', reason: string, by: string): Promise<void>;
  /** Moves what belongs to the person (relationships, consents, an emergency plan the survivor lacks) onto the survivor. */
  abstract moveBelongings(tx: Tx, fromCarerId: string, toCarerId: string): Promise<void>;
}
