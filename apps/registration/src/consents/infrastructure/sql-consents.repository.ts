import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { Consents } from '../application/consents.repository';
import { Consent } from '../domain/consent';

const COLUMNS = `id, carer_id, purpose, lawful_basis, to_char(given_on, 'YYYY-MM-DD') AS given_on, recorded_by, to_char(withdrawn_on, 'YYYY-MM-DD') AS withdrawn_on`;
interface ConsentRow {
  id: string;
  carer_id: string;
  purpose: string;
  lawful_basis: string;
  given_on: string;
  recorded_by: string;
  withdrawn_on: string | null;
}

const toConsent = (r: ConsentRow) =>
  new Consent(r.id, r.carer_id, r.purpose, r.lawful_basis, r.given_on, r.recorded_by, r.withdrawn_on ?? undefined);

@Injectable()
export class SqlConsents extends Consents {
  async add(tx: Tx, c: Consent): Promise<void> {
    await tx.query(
      `INSERT INTO consent (id, tenant_id, carer_id, purpose, lawful_basis, given_on, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [c.id, tx.tenantId, c.carerId, c.purpose, c.lawfulBasis, c.givenOn, c.recordedBy],
    );
  }

  async get(tx: Tx, id: string): Promise<Consent | undefined> {
    const [row] = await tx.query<ConsentRow>(`SELECT ${COLUMNS} FROM consent WHERE tenant_id = $2 AND id = $1 FOR UPDATE`, [
      id,
      tx.tenantId,
    ]);
    return row ? toConsent(row) : undefined;
  }

  async currentFor(tx: Tx, carerId: string, purpose: string): Promise<Consent | undefined> {
    const [row] = await tx.query<ConsentRow>(
      `SELECT ${COLUMNS} FROM consent WHERE tenant_id = $3 AND carer_id = $1 AND purpose = $2 AND withdrawn_on IS NULL`,
      [carerId, purpose, tx.tenantId],
    );
    return row ? toConsent(row) : undefined;
  }

  async saveWithdrawal(tx: Tx, c: Consent): Promise<void> {
    await tx.query(`UPDATE consent SET withdrawn_on = $2 WHERE tenant_id = $3 AND id = $1`, [c.id, c.withdrawnOn, tx.tenantId]);
  }

  async forCarer(tx: Tx, carerId: string): Promise<Consent[]> {
    return (
      await tx.query<ConsentRow>(`SELECT ${COLUMNS} FROM consent WHERE tenant_id = $2 AND carer_id = $1 ORDER BY given_on, id`, [
        carerId,
        tx.tenantId,
      ])
    ).map(toConsent);
  }
}
