import { Tx } from '@carers/platform/persistence';

export interface ImportProgress {
  id: string;
  source: string;
  status: 'running' | 'completed' | 'failed';
  bytesTotal?: number;
  bytesRead: number;
  rowsRead: number;
  accepted: number;
  unchanged: number;
  rejected: number;
  error?: string;
  startedAt: string;
  finishedAt?: string;
}

export interface RowRejection {
  rowNumber: number;
  externalId?: string;
  reasons: string[];
}

export abstract class ImportJobs {
  abstract create(tx: Tx, id: string, source: string, bytesTotal: number | undefined, by: string): Promise<void>;
  abstract setSize(tx: Tx, id: string, bytes: number): Promise<void>;
  abstract get(tx: Tx, id: string): Promise<ImportProgress | undefined>;
  abstract recordBatch(
    tx: Tx,
    id: string,
    batch: { bytesRead: number; rows: number; accepted: number; unchanged: number; rejections: RowRejection[] },
  ): Promise<void>;
  abstract finish(tx: Tx, id: string, status: 'completed' | 'failed', error?: string): Promise<void>;
  abstract rejections(tx: Tx, id: string): Promise<RowRejection[]>;
  /** Which of these external ids from this source are already on the register. */
  abstract alreadyImported(tx: Tx, source: string, externalIds: string[]): Promise<Set<string>>;
}
