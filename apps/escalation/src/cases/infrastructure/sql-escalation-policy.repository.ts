import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { EscalationPolicy, PolicySettings } from '../domain/escalation-policy';
import { EscalationPolicyRepository, PolicyVersion } from '../application/escalation-policy.repository';

interface PolicyRow {
  provider_id: string;
  version: number;
  settings: PolicySettings;
  set_by: string;
  set_at: string;
}

@Injectable()
export class SqlEscalationPolicyRepository extends EscalationPolicyRepository {
  async current(tx: Tx, providerId: string): Promise<EscalationPolicy> {
    const [row] = await tx.query<PolicyRow>(
      `SELECT version, settings FROM escalation_policy WHERE tenant_id = $1 AND provider_id IN ($2, '*') ORDER BY provider_id = '*', version DESC LIMIT 1`,
      [tx.tenantId, providerId],
    );
    return { ...row.settings, version: row.version };
  }

  async all(tx: Tx): Promise<PolicyVersion[]> {
    const rows = await tx.query<PolicyRow>(
      `SELECT DISTINCT ON (provider_id) provider_id, version, settings, set_by, set_at FROM escalation_policy WHERE tenant_id = $1 ORDER BY provider_id, version DESC`,
      [tx.tenantId],
    );
    return rows.map((r) => ({ providerId: r.provider_id, ...r.settings, version: r.version, setBy: r.set_by, setAt: r.set_at }));
  }

  async add(tx: Tx, providerId: string, settings: PolicySettings, by: string): Promise<number> {
    const [{ next }] = await tx.query<{ next: number }>(
      `SELECT coalesce(max(version), 0) + 1 AS next FROM escalation_policy WHERE tenant_id = $1 AND provider_id = $2`,
      [tx.tenantId, providerId],
    );
    await tx.query(`INSERT INTO escalation_policy (tenant_id, provider_id, version, settings, set_by) VALUES ($1, $2, $3, $4, $5)`, [
      tx.tenantId,
      providerId,
      next,
      JSON.stringify(settings),
      by,
    ]);
    return next;
  }
}
