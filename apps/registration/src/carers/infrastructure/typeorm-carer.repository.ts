import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { CarerRepository } from '../application/carer.repository';
import { Carer } from '../domain/carer';

interface CarerRow {
  id: string; tenant_id: string; kind: Carer['details']['kind']; given_name: string; family_name: string;
  date_of_birth: string; postcode: string; provider_id: string | null; registered_on: string; version: number;
}

@Injectable()
export class TypeormCarerRepository implements CarerRepository {
  async add(tx: Tx, carer: Carer): Promise<void> {
    const d = carer.details;
    await tx.query(
      `INSERT INTO carer (id, tenant_id, kind, given_name, family_name, date_of_birth, postcode, provider_id, registered_on, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [carer.id, carer.tenantId, d.kind, d.givenName, d.familyName, d.dateOfBirth, d.postcode, d.providerId ?? null, carer.registeredOn, carer.version],
    );
  }

  async get(tx: Tx, id: string): Promise<Carer | undefined> {
    const [row] = await tx.query<CarerRow>(
      `SELECT id, tenant_id, kind, given_name, family_name, to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth, postcode,
              provider_id, to_char(registered_on, 'YYYY-MM-DD') AS registered_on, version FROM carer WHERE id = $1`, [id]);
    if (!row) return undefined;
    return Carer.restore(row.id, row.tenant_id, {
      kind: row.kind, givenName: row.given_name, familyName: row.family_name, dateOfBirth: row.date_of_birth,
      postcode: row.postcode, providerId: row.provider_id ?? undefined,
    }, row.registered_on, row.version);
  }
}
