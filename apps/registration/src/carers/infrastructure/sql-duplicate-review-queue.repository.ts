import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { CarerRepository } from '../application/carer.repository';
import { DuplicateReviewQueue } from '../application/duplicate-review-queue.repository';
import { Carer } from '../domain/carer';
import { DuplicateReview } from '../domain/duplicate-review';

const REVIEW_COLUMNS = `id, carer_id, candidate_id, reasons, status, resolution_reason, resolved_by, to_char(created_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at`;

interface ReviewRow {
  id: string;
  carer_id: string;
  candidate_id: string;
  reasons: string[];
  status: DuplicateReview['status'];
  resolution_reason: string | null;
  resolved_by: string | null;
  created_at: string;
}

function toReview(r: ReviewRow): DuplicateReview {
  return {
    id: r.id,
    carerId: r.carer_id,
    candidateId: r.candidate_id,
    reasons: r.reasons,
    status: r.status,
    resolutionReason: r.resolution_reason ?? undefined,
    resolvedBy: r.resolved_by ?? undefined,
    createdAt: r.created_at,
  };
}

@Injectable()
export class SqlDuplicateReviewQueue extends DuplicateReviewQueue {
  constructor(private readonly carers: CarerRepository) {
    super();
  }

  async candidatesFor(tx: Tx, carer: Carer): Promise<Carer[]> {
    const d = carer.details;
    const rows = await tx.query<{ id: string }>(
      `SELECT id FROM carer
        WHERE tenant_id = $6 AND status = 'active' AND id <> $1
          AND ((date_of_birth = $2 AND (lower(family_name) = lower($3) OR lower(given_name) = lower($4) OR postcode = $5
                                        OR (lower(given_name) = lower($3) AND lower(family_name) = lower($4))))
               OR (lower(family_name) = lower($3) AND lower(given_name) = lower($4) AND postcode = $5))
        LIMIT 10`,
      [carer.id, d.dateOfBirth, d.familyName, d.givenName, d.postcode, tx.tenantId],
    );
    const found: Carer[] = [];
    for (const { id } of rows) {
      const carer = await this.carers.get(tx, id);
      if (carer) found.push(carer);
    }
    return found;
  }

  async flag(tx: Tx, carerId: string, candidateId: string, reasons: string[]): Promise<string> {
    const id = randomUUID();
    await tx.query(`INSERT INTO duplicate_review (id, tenant_id, carer_id, candidate_id, reasons) VALUES ($1, $2, $3, $4, $5)`, [
      id,
      tx.tenantId,
      carerId,
      candidateId,
      JSON.stringify(reasons),
    ]);
    return id;
  }

  async list(tx: Tx, status: DuplicateReview['status'], limit: number): Promise<DuplicateReview[]> {
    return (
      await tx.query<ReviewRow>(
        `SELECT ${REVIEW_COLUMNS} FROM duplicate_review WHERE tenant_id = $3 AND status = $1 ORDER BY created_at, id LIMIT $2`,
        [status, limit, tx.tenantId],
      )
    ).map(toReview);
  }

  async get(tx: Tx, id: string): Promise<DuplicateReview | undefined> {
    const [row] = await tx.query<ReviewRow>(`SELECT ${REVIEW_COLUMNS} FROM duplicate_review WHERE tenant_id = $2 AND id = $1 FOR UPDATE`, [
      id,
      tx.tenantId,
    ]);
    return row ? toReview(row) : undefined;
  }

  async resolve(tx: Tx, id: string, status: 'merged' | 'kept-apart', reason: string, by: string): Promise<void> {
    await tx.query(
      `UPDATE duplicate_review SET status = $2, resolution_reason = $3, resolved_by = $4, resolved_at = now() WHERE tenant_id = $5 AND id = $1`,
      [id, status, reason, by, tx.tenantId],
    );
  }

  async moveBelongings(tx: Tx, from: string, to: string): Promise<void> {
    const tenant = tx.tenantId;
    await tx.query(
      `UPDATE caring_relationship SET carer_id = $2 WHERE tenant_id = $3 AND carer_id = $1
                      AND cared_for_id NOT IN (SELECT cared_for_id FROM caring_relationship WHERE tenant_id = $3 AND carer_id = $2)`,
      [from, to, tenant],
    );
    await tx.query(
      `UPDATE consent SET carer_id = $2 WHERE tenant_id = $3 AND carer_id = $1
                      AND NOT (withdrawn_on IS NULL AND purpose IN (SELECT purpose FROM consent WHERE tenant_id = $3 AND carer_id = $2 AND withdrawn_on IS NULL))`,
      [from, to, tenant],
    );
    await tx.query(
      `UPDATE emergency_plan SET carer_id = $2 WHERE tenant_id = $3 AND carer_id = $1
                      AND NOT EXISTS (SELECT 1 FROM emergency_plan WHERE tenant_id = $3 AND carer_id = $2)`,
      [from, to, tenant],
    );
    await tx.query(
      `UPDATE duplicate_review SET status = 'kept-apart', resolution_reason = 'the record was merged into another', resolved_at = now()
                     WHERE tenant_id = $2 AND status = 'open' AND (carer_id = $1 OR candidate_id = $1)`,
      [from, tenant],
    );
  }
}
