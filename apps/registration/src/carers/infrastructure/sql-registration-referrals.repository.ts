import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { NewReferral, RegistrationReferrals } from '../application/registration-referrals.repository';
import { RegistrationReferral } from '../domain/registration-referral';

const COLUMNS = `id, carer_id, provider_id, submitted_by, requests_assessment, status, closing_reason, closed_by,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at`;

interface ReferralRow {
  id: string;
  carer_id: string;
  provider_id: string;
  submitted_by: string;
  requests_assessment: boolean;
  status: RegistrationReferral['status'];
  closing_reason: string | null;
  closed_by: string | null;
  created_at: string;
}

function toReferral(r: ReferralRow): RegistrationReferral {
  return {
    id: r.id,
    carerId: r.carer_id,
    providerId: r.provider_id,
    submittedBy: r.submitted_by,
    requestsAssessment: r.requests_assessment,
    status: r.status,
    closingReason: r.closing_reason ?? undefined,
    closedBy: r.closed_by ?? undefined,
    createdAt: r.created_at,
  };
}

@Injectable()
export class SqlRegistrationReferrals extends RegistrationReferrals {
  async add(tx: Tx, r: NewReferral): Promise<string> {
    const id = randomUUID();
    await tx.query(
      `INSERT INTO registration_referral (id, tenant_id, carer_id, provider_id, submitted_by, requests_assessment) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, tx.tenantId, r.carerId, r.providerId, r.submittedBy, r.requestsAssessment],
    );
    return id;
  }

  async list(tx: Tx, status: RegistrationReferral['status'], limit: number): Promise<RegistrationReferral[]> {
    // ordered by the stored moment, not the text column of the same name
    const rows = await tx.query<ReferralRow>(
      `SELECT ${COLUMNS} FROM registration_referral WHERE tenant_id = $3 AND status = $1
        ORDER BY registration_referral.created_at, id LIMIT $2`,
      [status, limit, tx.tenantId],
    );
    return rows.map(toReferral);
  }

  async get(tx: Tx, id: string): Promise<RegistrationReferral | undefined> {
    const [row] = await tx.query<ReferralRow>(`SELECT ${COLUMNS} FROM registration_referral WHERE tenant_id = $2 AND id = $1 FOR UPDATE`, [
      id,
      tx.tenantId,
    ]);
    return row ? toReferral(row) : undefined;
  }

  async close(tx: Tx, id: string, reason: string, by: string): Promise<void> {
    await tx.query(
      `UPDATE registration_referral SET status = 'closed', closing_reason = $2, closed_by = $3, closed_at = now() WHERE tenant_id = $4 AND id = $1`,
      [id, reason, by, tx.tenantId],
    );
  }
}
