import { Injectable } from '@nestjs/common';
import { AgeBand, CarerKind } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { KnownCarer, KnownCarerRepository } from '../application/known-carer.repository';

interface KnownCarerRow {
  carer_id: string;
  kind: CarerKind;
  age_band: AgeBand;
  provider_id: string | null;
  registered_on: string;
  seen_at: Date;
}

@Injectable()
export class SqlKnownCarerRepository extends KnownCarerRepository {
  async record(tx: Tx, c: Omit<KnownCarer, 'seenAt'>, sourceEventId: string): Promise<void> {
    await tx.query(
      `INSERT INTO known_carer (carer_id, tenant_id, kind, age_band, provider_id, registered_on, source_event_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (carer_id) DO NOTHING`,
      [c.carerId, tx.tenantId, c.kind, c.ageBand, c.providerId ?? null, c.registeredOn, sourceEventId],
    );
  }

  async get(tx: Tx, carerId: string): Promise<KnownCarer | undefined> {
    const [r] = await tx.query<KnownCarerRow>(
      `SELECT carer_id, kind, age_band, provider_id, to_char(registered_on, 'YYYY-MM-DD') AS registered_on, seen_at
         FROM known_carer WHERE carer_id = $1 AND tenant_id = $2`,
      [carerId, tx.tenantId],
    );
    return (
      r && {
        carerId: r.carer_id,
        kind: r.kind,
        ageBand: r.age_band,
        providerId: r.provider_id ?? undefined,
        registeredOn: r.registered_on,
        seenAt: r.seen_at,
      }
    );
  }

  async allocate(tx: Tx, carerId: string, providerId: string): Promise<void> {
    await tx.query(`UPDATE known_carer SET provider_id = $2 WHERE carer_id = $1 AND tenant_id = $3`, [carerId, providerId, tx.tenantId]);
  }
}
