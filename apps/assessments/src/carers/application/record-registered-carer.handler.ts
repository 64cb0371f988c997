import { Injectable } from '@nestjs/common';
import { CarerRegistered, CloudEvent } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';

/** Keeps assessments' own projection of the register, so it never reads registration's tables. */
@Injectable()
export class RecordRegisteredCarerHandler {
  async execute(tx: Tx, event: CloudEvent<CarerRegistered>): Promise<void> {
    const d = event.data;
    await tx.query(
      `INSERT INTO known_carer (carer_id, tenant_id, kind, age_band, provider_id, registered_on, source_event_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (carer_id) DO NOTHING`,
      [d.carerId, tx.tenantId, d.kind, d.ageBand, d.providerId ?? null, d.registeredOn, event.id],
    );
  }
}
