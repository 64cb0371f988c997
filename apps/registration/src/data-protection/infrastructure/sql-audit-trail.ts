import { Injectable } from '@nestjs/common';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { AuditEntry, AuditTrail } from '../application/audit-trail';

@Injectable()
export class SqlAuditTrail extends AuditTrail {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  record(tenantId: string, entry: AuditEntry): Promise<void> {
    return this.uow.run(tenantId, (tx) => this.recordIn(tx, entry));
  }

  async recordIn(tx: Tx, e: AuditEntry): Promise<void> {
    await tx.query(`INSERT INTO audit_entry (tenant_id, actor, role, action, what, subject_ids, purpose) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [tx.tenantId, e.actor, e.role, e.action, e.what, e.subjectIds, e.purpose]);
  }

  async about(tx: Tx, subjectId: string): Promise<AuditEntry[]> {
    const rows = await tx.query(
      `SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, actor, role, action, what, purpose
         FROM audit_entry WHERE subject_ids @> ARRAY[$1::uuid] ORDER BY id`, [subjectId]);
    return rows.map((r) => ({ at: r.at, actor: r.actor, role: r.role, action: r.action, what: r.what, purpose: r.purpose, subjectIds: [subjectId] }));
  }
}
