import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { AuditEntry, AuditTrail } from '../application/audit-trail.repository';

interface EntryRow {
  at: string;
  actor: string;
  role: string;
  action: AuditEntry['action'];
  what: string;
  purpose: string;
}

@Injectable()
export class SqlAuditTrail extends AuditTrail {
  async record(tx: Tx, e: AuditEntry): Promise<void> {
    await tx.query(
      `INSERT INTO audit_entry (tenant_id, actor, role, action, what, subject_ids, purpose) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [tx.tenantId, e.actor, e.role, e.action, e.what, e.subjectIds, e.purpose],
    );
  }

  async about(tx: Tx, subjectId: string): Promise<AuditEntry[]> {
    const rows = await tx.query<EntryRow>(
      `SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, actor, role, action, what, purpose
         FROM audit_entry WHERE tenant_id = $2 AND subject_ids @> ARRAY[$1::uuid] ORDER BY id`,
      [subjectId, tx.tenantId],
    );
    return rows.map((r) => ({
      at: r.at,
      actor: r.actor,
      role: r.role,
      action: r.action,
      what: r.what,
      purpose: r.purpose,
      subjectIds: [subjectId],
    }));
  }
}
