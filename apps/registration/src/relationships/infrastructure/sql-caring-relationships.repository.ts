import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { CaredForPerson, CaringRelationships, RelationshipView } from '../application/caring-relationships.repository';
import { CaringRelationship } from '../domain/caring-relationship';
import { Scope } from '@carers/platform/auth';

const DAY = (column: string) => `to_char(${column}, 'YYYY-MM-DD') AS ${column.replace(/^\w+\./, '')}`;

interface RelationshipRow {
  id: string;
  carer_id: string;
  cared_for_id: string;
  relationship: string;
  started_on: string;
  ended_on: string | null;
}

/** A relationship with the person cared for, as forCarer reads it. */
interface RelationshipViewRow {
  id: string;
  relationship: string;
  started_on: string;
  ended_on: string | null;
  person_id: string;
  given_name: string;
  family_name: string;
  date_of_birth: string | null;
  postcode: string | null;
  care_needs: string | null;
}

@Injectable()
export class SqlCaringRelationships extends CaringRelationships {
  async addPerson(tx: Tx, p: CaredForPerson): Promise<void> {
    await tx.query(
      `INSERT INTO cared_for_person (id, tenant_id, given_name, family_name, date_of_birth, postcode, care_needs) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [p.id, tx.tenantId, p.givenName, p.familyName, p.dateOfBirth ?? null, p.postcode ?? null, p.careNeeds ?? null],
    );
  }

  async personInScope(tx: Tx, scope: Scope, id: string): Promise<boolean> {
    if (scope.kind === 'council')
      return (await tx.query(`SELECT 1 FROM cared_for_person WHERE tenant_id = $2 AND id = $1`, [id, tx.tenantId])).length > 0;
    const rows = await tx.query(
      `SELECT 1 FROM caring_relationship r JOIN carer c ON c.tenant_id = r.tenant_id AND c.id = r.carer_id
        WHERE r.tenant_id = $3 AND r.cared_for_id = $1 AND c.provider_id = $2 LIMIT 1`,
      [id, scope.providerId, tx.tenantId],
    );
    return rows.length > 0;
  }

  async add(tx: Tx, r: CaringRelationship): Promise<void> {
    await tx.query(
      `INSERT INTO caring_relationship (id, tenant_id, carer_id, cared_for_id, relationship, started_on) VALUES ($1, $2, $3, $4, $5, $6)`,
      [r.id, tx.tenantId, r.carerId, r.caredForId, r.relationship, r.startedOn],
    );
  }

  async get(tx: Tx, id: string): Promise<CaringRelationship | undefined> {
    const [r] = await tx.query<RelationshipRow>(
      `SELECT id, carer_id, cared_for_id, relationship, ${DAY('started_on')}, ${DAY('ended_on')} FROM caring_relationship WHERE tenant_id = $2 AND id = $1 FOR UPDATE`,
      [id, tx.tenantId],
    );
    return r ? new CaringRelationship(r.id, r.carer_id, r.cared_for_id, r.relationship, r.started_on, r.ended_on ?? undefined) : undefined;
  }

  async saveEnd(tx: Tx, r: CaringRelationship): Promise<void> {
    await tx.query(`UPDATE caring_relationship SET ended_on = $2 WHERE tenant_id = $3 AND id = $1`, [r.id, r.endedOn, tx.tenantId]);
  }

  async currentBetween(tx: Tx, carerId: string, caredForId: string): Promise<boolean> {
    return (
      (
        await tx.query(
          `SELECT 1 FROM caring_relationship WHERE tenant_id = $3 AND carer_id = $1 AND cared_for_id = $2 AND ended_on IS NULL`,
          [carerId, caredForId, tx.tenantId],
        )
      ).length > 0
    );
  }

  async forCarer(tx: Tx, carerId: string): Promise<RelationshipView[]> {
    const rows = await tx.query<RelationshipViewRow>(
      `SELECT r.id, r.relationship, ${DAY('r.started_on')}, ${DAY('r.ended_on')}, p.id AS person_id, p.given_name, p.family_name,
              ${DAY('p.date_of_birth')}, p.postcode, p.care_needs
         FROM caring_relationship r JOIN cared_for_person p ON p.tenant_id = r.tenant_id AND p.id = r.cared_for_id
        WHERE r.tenant_id = $2 AND r.carer_id = $1 ORDER BY r.started_on, r.id`,
      [carerId, tx.tenantId],
    );
    return rows.map((r) => ({
      id: r.id,
      relationship: r.relationship,
      startedOn: r.started_on,
      endedOn: r.ended_on ?? undefined,
      caredFor: {
        id: r.person_id,
        givenName: r.given_name,
        familyName: r.family_name,
        dateOfBirth: r.date_of_birth ?? undefined,
        postcode: r.postcode ?? undefined,
        careNeeds: r.care_needs ?? undefined,
      },
    }));
  }
}
