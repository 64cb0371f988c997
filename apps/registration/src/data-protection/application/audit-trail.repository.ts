import { Tx } from '@carers/platform/persistence';

export interface AuditEntry {
  actor: string;
  role: string;
  /** read or write through the API; import and erase for bulk imports and anonymisation. */
  action: 'read' | 'write' | 'import' | 'erase';
  /** The route or job that touched the data, e.g. "GET /carers/:id". */
  what: string;
  subjectIds: string[];
  /** Why: the caller's stated purpose (X-Access-Purpose header) or the service's default. */
  purpose: string;
  at?: string;
}

/** Who read or changed whose personal data, when, and why. Entries are only ever added. */
export abstract class AuditTrail {
  abstract record(tx: Tx, entry: AuditEntry): Promise<void>;
  abstract about(tx: Tx, subjectId: string): Promise<AuditEntry[]>;
}
