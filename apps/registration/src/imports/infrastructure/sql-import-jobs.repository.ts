import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { ImportJobs, ImportProgress, RowRejection } from '../application/import-jobs.repository';

const moment = (c: string) => `to_char(${c} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${c}`;

interface JobRow {
  id: string;
  source: string;
  status: ImportProgress['status'];
  /** bigint columns arrive as text */
  bytes_total: string | null;
  bytes_read: string;
  rows_read: number;
  accepted: number;
  unchanged: number;
  rejected: number;
  error: string | null;
  started_at: string;
  finished_at: string | null;
}

interface RejectionRow {
  row_number: number;
  external_id: string | null;
  reasons: string[];
}

@Injectable()
export class SqlImportJobs extends ImportJobs {
  async create(tx: Tx, id: string, source: string, bytesTotal: number | undefined, by: string): Promise<void> {
    await tx.query(
      `INSERT INTO import_job (id, tenant_id, source, status, bytes_total, created_by) VALUES ($1, $2, $3, 'running', $4, $5)`,
      [id, tx.tenantId, source, bytesTotal ?? null, by],
    );
  }

  async setSize(tx: Tx, id: string, bytes: number): Promise<void> {
    await tx.query(`UPDATE import_job SET bytes_total = $2 WHERE tenant_id = $3 AND id = $1 AND rows_read = 0`, [id, bytes, tx.tenantId]);
  }

  async get(tx: Tx, id: string): Promise<ImportProgress | undefined> {
    const [r] = await tx.query<JobRow>(
      `SELECT id, source, status, bytes_total, bytes_read, rows_read, accepted, unchanged, rejected, error, ${moment('started_at')}, ${moment('finished_at')}
                                  FROM import_job WHERE tenant_id = $2 AND id = $1`,
      [id, tx.tenantId],
    );
    return (
      r && {
        id: r.id,
        source: r.source,
        status: r.status,
        bytesTotal: r.bytes_total === null ? undefined : Number(r.bytes_total),
        bytesRead: Number(r.bytes_read),
        rowsRead: r.rows_read,
        accepted: r.accepted,
        unchanged: r.unchanged,
        rejected: r.rejected,
        error: r.error ?? undefined,
        startedAt: r.started_at,
        finishedAt: r.finished_at ?? undefined,
      }
    );
  }

  async recordBatch(
    tx: Tx,
    id: string,
    b: { bytesRead: number; rows: number; accepted: number; unchanged: number; rejections: RowRejection[] },
  ): Promise<void> {
    await tx.query(
      `UPDATE import_job SET bytes_read = $2, rows_read = rows_read + $3, accepted = accepted + $4, unchanged = unchanged + $5, rejected = rejected + $6
                     WHERE tenant_id = $7 AND id = $1`,
      [id, b.bytesRead, b.rows, b.accepted, b.unchanged, b.rejections.length, tx.tenantId],
    );
    if (!b.rejections.length) return;
    await tx.query(
      `INSERT INTO import_rejection (job_id, tenant_id, row_number, external_id, reasons)
       SELECT $1, $2, r.row_number, r.external_id, ARRAY(SELECT jsonb_array_elements_text(r.reasons))
         FROM jsonb_to_recordset($3::jsonb) AS r(row_number int, external_id text, reasons jsonb)`,
      [
        id,
        tx.tenantId,
        JSON.stringify(b.rejections.map((r) => ({ row_number: r.rowNumber, external_id: r.externalId ?? null, reasons: r.reasons }))),
      ],
    );
  }

  async finish(tx: Tx, id: string, status: 'completed' | 'failed', error?: string): Promise<void> {
    await tx.query(`UPDATE import_job SET status = $2, error = $3, finished_at = now() WHERE tenant_id = $4 AND id = $1`, [
      id,
      status,
      error ?? null,
      tx.tenantId,
    ]);
  }

  async rejections(tx: Tx, id: string): Promise<RowRejection[]> {
    const rows = await tx.query<RejectionRow>(
      `SELECT row_number, external_id, reasons FROM import_rejection WHERE tenant_id = $2 AND job_id = $1 ORDER BY row_number`,
      [id, tx.tenantId],
    );
    return rows.map((r) => ({ rowNumber: r.row_number, externalId: r.external_id ?? undefined, reasons: r.reasons }));
  }

  async alreadyImported(tx: Tx, source: string, externalIds: string[]): Promise<Set<string>> {
    const rows = await tx.query<{ external_id: string }>(
      `SELECT external_id FROM carer WHERE tenant_id = $3 AND external_source = $1 AND external_id = ANY($2::text[])`,
      [source, externalIds, tx.tenantId],
    );
    return new Set(rows.map((r) => r.external_id));
  }
}
