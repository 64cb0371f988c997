import { QueryRunner } from 'typeorm';
import { CloudEvent, ProviderContractRecorded } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';

/**
 * The provider registry as each service keeps it (ADR 0014): the councils every provider holds a contract with,
 * from performance.provider.v1. The inbound path refuses a provider's event for any other council.
 */
export const TrustedProviders = {
  async councilsOf(qr: QueryRunner, providerId: string): Promise<Set<string>> {
    const rows: { tenant_id: string }[] = await qr.query(`SELECT tenant_id FROM trusted_provider WHERE provider_id = $1 AND active`, [
      providerId,
    ]);
    return new Set(rows.map((r) => r.tenant_id));
  },

  /**
   * Whether the provider, or the consortium (whose lead holds the council's contract, ADR 0016), holds a live contract
   * with the council: who a provider worker's token may act for.
   */
  async holdsContract(
    qr: { query(sql: string, parameters: unknown[]): Promise<unknown[]> },
    tenantId: string,
    providerId: string,
  ): Promise<boolean> {
    const rows = await qr.query(
      `SELECT 1 FROM trusted_provider WHERE tenant_id = $2 AND (provider_id = $1 OR consortium_id = $1) AND active LIMIT 1`,
      [providerId, tenantId],
    );
    return rows.length > 0;
  },

  /** The latest record wins: one that arrives late (older than what is kept) changes nothing. */
  async record(tx: Tx, events: CloudEvent<ProviderContractRecorded>[]): Promise<void> {
    for (const e of events) {
      await tx.query(
        `INSERT INTO trusted_provider (provider_id, tenant_id, consortium_id, role, active, recorded_at, organisation) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (provider_id, tenant_id) DO UPDATE SET consortium_id = EXCLUDED.consortium_id, role = EXCLUDED.role,
           active = EXCLUDED.active, recorded_at = EXCLUDED.recorded_at,
           organisation = coalesce(EXCLUDED.organisation, trusted_provider.organisation)
         WHERE trusted_provider.recorded_at <= EXCLUDED.recorded_at`,
        [e.data.providerId, e.tenantid, e.data.consortiumId, e.data.role, e.data.active, e.time, e.data.organisation ?? null],
      );
    }
  },

  /** A provider's organisation name with this council, as the registry gives it (issue 18): for words a person reads. */
  async organisationOf(tx: Tx, providerId: string): Promise<string | undefined> {
    const [row] = await tx.query<{ organisation: string | null }>(
      `SELECT organisation FROM trusted_provider WHERE tenant_id = $1 AND provider_id = $2`,
      [tx.tenantId, providerId],
    );
    return row?.organisation ?? undefined;
  },
};
