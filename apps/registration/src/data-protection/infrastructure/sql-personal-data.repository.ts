import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { HeldAboutCarer, PersonalData } from '../application/personal-data.repository';

const day = (column: string, as = column) => `to_char(${column}, 'YYYY-MM-DD') AS "${as}"`;
const moment = (column: string, as = column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "${as}"`;

@Injectable()
export class SqlPersonalData extends PersonalData {
  async heldAbout(tx: Tx, carerId: string): Promise<HeldAboutCarer> {
    const params = [carerId, tx.tenantId];
    const queries: [string, unknown[]][] = [
      [
        `SELECT r.id, r.relationship, ${day('r.started_on', 'startedOn')}, ${day('r.ended_on', 'endedOn')}, p.id AS "caredForId",
                       p.given_name AS "givenName", p.family_name AS "familyName", ${day('p.date_of_birth', 'dateOfBirth')}, p.postcode, p.care_needs AS "careNeeds"
                  FROM caring_relationship r JOIN cared_for_person p ON p.tenant_id = r.tenant_id AND p.id = r.cared_for_id
                 WHERE r.tenant_id = $2 AND r.carer_id = $1 ORDER BY r.started_on`,
        params,
      ],
      [
        `SELECT id, purpose, lawful_basis AS "lawfulBasis", ${day('given_on', 'givenOn')}, ${day('withdrawn_on', 'withdrawnOn')}, recorded_by AS "recordedBy"
                  FROM consent WHERE tenant_id = $2 AND carer_id = $1 ORDER BY given_on`,
        params,
      ],
      [
        `SELECT provider_id AS "providerId", ${day('from_on', 'fromOn')}, ${day('to_on', 'toOn')}, reason, allocated_by AS "allocatedBy"
                  FROM provider_allocation WHERE tenant_id = $2 AND carer_id = $1 ORDER BY created_at`,
        params,
      ],
      [
        // the card's number is not held (only a keyed hash of it), so the export says when each card was issued and revoked
        `SELECT p.id, p.contacts, p.needs, p.contingency_hours AS "contingencyHours", ${day('p.created_on', 'createdOn')},
                       ${day('p.review_due_on', 'reviewDueOn')},
                       (SELECT coalesce(jsonb_agg(jsonb_build_object('issuedAt', c.issued_at, 'revokedAt', c.revoked_at) ORDER BY c.issued_at), '[]')
                          FROM emergency_card c WHERE c.tenant_id = p.tenant_id AND c.plan_id = p.id) AS cards
                  FROM emergency_plan p WHERE p.tenant_id = $2 AND p.carer_id = $1`,
        params,
      ],
      [
        `SELECT a.action, a.by_subject AS "bySubject", a.by_role AS "byRole", a.reason, ${moment('a.at', 'at')}
                  FROM emergency_card_access a JOIN emergency_plan p ON p.tenant_id = a.tenant_id AND p.id = a.plan_id
                 WHERE a.tenant_id = $2 AND p.carer_id = $1 ORDER BY a.id`,
        params,
      ],
      [
        `SELECT id, carer_id AS "carerId", candidate_id AS "candidateId", reasons, status, resolution_reason AS "resolutionReason"
                  FROM duplicate_review WHERE tenant_id = $2 AND (carer_id = $1 OR candidate_id = $1) ORDER BY created_at`,
        params,
      ],
    ];
    // each query names its columns as the export shows them, so its rows are the export's rows
    const results: Record<string, unknown>[][] = [];
    for (const [sql, params] of queries) results.push(await tx.query<Record<string, unknown>>(sql, params));
    const [relationships, consents, allocations, [emergencyPlan], emergencyCardUses, duplicateReviews] = results;
    return { relationships, consents, allocations, emergencyPlan, emergencyCardUses, duplicateReviews };
  }

  async anonymiseSurroundings(tx: Tx, carerId: string, today: string): Promise<void> {
    await tx.query(`UPDATE emergency_plan SET contacts = '[]', needs = '{}' WHERE tenant_id = $2 AND carer_id = $1`, [
      carerId,
      tx.tenantId,
    ]);
    await tx.query(
      `UPDATE cared_for_person p SET given_name = NULL, family_name = NULL, date_of_birth = NULL, postcode = NULL, care_needs = NULL, anonymised_on = $2
        WHERE p.tenant_id = $3
          AND p.id IN (SELECT cared_for_id FROM caring_relationship WHERE tenant_id = $3 AND carer_id = $1)
          AND NOT EXISTS (SELECT 1 FROM caring_relationship o JOIN carer c ON c.tenant_id = o.tenant_id AND c.id = o.carer_id
                           WHERE o.tenant_id = $3 AND o.cared_for_id = p.id AND o.carer_id <> $1 AND c.status IN ('active', 'deregistered'))`,
      [carerId, today, tx.tenantId],
    );
  }

  async retentionYears(tx: Tx): Promise<number> {
    const [row] = await tx.query<{ years_after_deregistration: number }>(
      `SELECT years_after_deregistration FROM retention_schedule WHERE tenant_id = $1`,
      [tx.tenantId],
    );
    return row?.years_after_deregistration ?? 6;
  }

  async setRetentionYears(tx: Tx, years: number): Promise<void> {
    await tx.query(`INSERT INTO retention_schedule VALUES ($1, $2) ON CONFLICT (tenant_id) DO UPDATE SET years_after_deregistration = $2`, [
      tx.tenantId,
      years,
    ]);
  }

  async dueForRetention(tx: Tx, deregisteredOnOrBefore: string, limit: number): Promise<string[]> {
    const rows = await tx.query<{ id: string }>(
      `SELECT id FROM carer WHERE tenant_id = $3 AND status = 'deregistered' AND legal_hold IS NULL AND deregistered_on <= $1
        ORDER BY deregistered_on LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [deregisteredOnOrBefore, limit, tx.tenantId],
    );
    return rows.map((r) => r.id);
  }
}
