import { Tx } from '@carers/platform/persistence';

/** Everything the register holds about one carer, other than the carer record itself. */
export interface HeldAboutCarer {
  relationships: unknown[];
  consents: unknown[];
  allocations: unknown[];
  emergencyPlan?: unknown;
  emergencyCardUses: unknown[];
  duplicateReviews: unknown[];
}

export interface RetentionDue {
  carerId: string;
}

/** Reads and removes personal data across the register's tables, for subject access, erasure and retention. */
export abstract class PersonalData {
  abstract heldAbout(tx: Tx, carerId: string): Promise<HeldAboutCarer>;
  /** Removes identity from what surrounds the carer: their emergency plan's contacts and needs, people cared for by nobody else. */
  abstract anonymiseSurroundings(tx: Tx, carerId: string, today: string): Promise<void>;
  abstract retentionYears(tx: Tx): Promise<number>;
  abstract setRetentionYears(tx: Tx, years: number): Promise<void>;
  /** Deregistered carers whose retention period has ended and who are not under a legal hold. */
  abstract dueForRetention(tx: Tx, deregisteredOnOrBefore: string, limit: number): Promise<string[]>;
}
