import { Injectable } from '@nestjs/common';
import { DomainError } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { EscalationPolicy, PolicySettings, policyProblems } from '../domain/escalation-policy';

/** Each contract's ladder as versioned data: a provider's own policy, or the council's default ('*'). */
@Injectable()
export class EscalationPolicies {
  async current(tx: Tx, providerId: string): Promise<EscalationPolicy> {
    const [row] = await tx.query(
      `SELECT version, settings FROM escalation_policy WHERE provider_id IN ($1, '*') ORDER BY provider_id = '*', version DESC LIMIT 1`, [providerId]);
    return { ...row.settings, version: row.version };
  }

  async all(tx: Tx): Promise<(EscalationPolicy & { providerId: string; setBy: string; setAt: string })[]> {
    const rows = await tx.query(`SELECT DISTINCT ON (provider_id) provider_id, version, settings, set_by, set_at FROM escalation_policy ORDER BY provider_id, version DESC`);
    return rows.map((r: any) => ({ providerId: r.provider_id, ...r.settings, version: r.version, setBy: r.set_by, setAt: r.set_at }));
  }

  /** A new version for a provider's contract (or '*'); cases opened before keep the version that moved them. */
  async set(tx: Tx, providerId: string, settings: PolicySettings, by: string): Promise<EscalationPolicy> {
    const problems = policyProblems(settings);
    if (problems.length) throw new DomainError('invalid-policy', problems.join('; '));
    const [{ next }] = await tx.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM escalation_policy WHERE provider_id = $1`, [providerId]);
    await tx.query(`INSERT INTO escalation_policy (tenant_id, provider_id, version, settings, set_by) VALUES ($1, $2, $3, $4, $5)`,
      [tx.tenantId, providerId, next, JSON.stringify(settings), by]);
    return { ...settings, version: next };
  }
}
