import { Injectable } from '@nestjs/common';
import { AgeBand, CarerKind, HoursBand } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { CarerFilter, CarerRepository } from '../application/carer.repository';
import { Carer, CarerDetails, CarerLifecycle, CarerStatus, PhoneNumber } from '../domain/carer';
import { ConcurrentChangeError } from '../domain/carer.errors';

const COLUMNS = `id, tenant_id, kind, given_name, family_name, to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth, postcode,
  provider_id, to_char(registered_on, 'YYYY-MM-DD') AS registered_on, version, nhs_number, gender, ethnicity, address_line1,
  address_line2, town, phone_numbers, email, preferred_contact, gp_practice_code, gp_consent, school_urn, area_board, hours_band,
  employment_status, status, to_char(deregistered_on, 'YYYY-MM-DD') AS deregistered_on, deregistration_reason, merged_into, legal_hold,
  to_char(anonymised_on, 'YYYY-MM-DD') AS anonymised_on, age_band_at_anonymisation, to_char(created_at, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at`;

/** A carer as COLUMNS reads it: dates as YYYY-MM-DD text, absent values as null. */
interface CarerRow {
  id: string;
  tenant_id: string;
  kind: CarerKind;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  postcode: string;
  provider_id: string | null;
  registered_on: string;
  version: number;
  nhs_number: string | null;
  gender: string | null;
  ethnicity: string | null;
  address_line1: string | null;
  address_line2: string | null;
  town: string | null;
  phone_numbers: PhoneNumber[] | null;
  email: string | null;
  preferred_contact: string | null;
  gp_practice_code: string | null;
  gp_consent: boolean | null;
  school_urn: string | null;
  area_board: string | null;
  hours_band: HoursBand | null;
  employment_status: string | null;
  status: CarerStatus;
  deregistered_on: string | null;
  deregistration_reason: string | null;
  merged_into: string | null;
  legal_hold: string | null;
  anonymised_on: string | null;
  age_band_at_anonymisation: AgeBand | null;
  created_at: string;
}

/** A possible same person, as findSamePeople reads them. */
interface IdentityRow {
  id: string;
  nhs_number: string | null;
  given: string;
  family: string;
  born: string;
  postcode: string;
}

const FIELDS: [keyof CarerDetails, keyof CarerRow][] = [
  ['kind', 'kind'],
  ['givenName', 'given_name'],
  ['familyName', 'family_name'],
  ['dateOfBirth', 'date_of_birth'],
  ['postcode', 'postcode'],
  ['providerId', 'provider_id'],
  ['nhsNumber', 'nhs_number'],
  ['gender', 'gender'],
  ['ethnicity', 'ethnicity'],
  ['addressLine1', 'address_line1'],
  ['addressLine2', 'address_line2'],
  ['town', 'town'],
  ['phoneNumbers', 'phone_numbers'],
  ['email', 'email'],
  ['preferredContact', 'preferred_contact'],
  ['gpPracticeCode', 'gp_practice_code'],
  ['gpConsent', 'gp_consent'],
  ['schoolUrn', 'school_urn'],
  ['areaBoard', 'area_board'],
  ['hoursBand', 'hours_band'],
  ['employmentStatus', 'employment_status'],
];

/** The carer's details in FIELDS order, as column values. */
function detailValues(carer: Carer): unknown[] {
  const d = carer.details as unknown as Record<string, unknown>;
  return FIELDS.map(([field]) => (field === 'phoneNumbers' ? JSON.stringify(d[field] ?? []) : (d[field] ?? null)));
}

function toCarer(row: CarerRow): Carer {
  const details = Object.fromEntries(FIELDS.map(([field, column]) => [field, row[column] ?? undefined])) as unknown as CarerDetails;
  const lifecycle: CarerLifecycle = {
    status: row.status,
    deregisteredOn: row.deregistered_on ?? undefined,
    deregistrationReason: row.deregistration_reason ?? undefined,
    mergedInto: row.merged_into ?? undefined,
    legalHold: row.legal_hold ?? undefined,
    anonymisedOn: row.anonymised_on ?? undefined,
    ageBandAtAnonymisation: row.age_band_at_anonymisation ?? undefined,
  };
  return Carer.restore(row.id, row.tenant_id, details, row.registered_on, row.version, lifecycle);
}

/** Dates of birth that put a person in an age band on a day: [earliest, latest] inclusive. */
function birthRange(band: AgeBand, today: string): [string, string] {
  const [lo, hi] = band === '75+' ? [75, 150] : band.split('-').map(Number);
  const year = Number(today.slice(0, 4));
  const shift = (years: number, dayOffset: number) => {
    const d = new Date(`${year - years}${today.slice(4)}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + dayOffset);
    return d.toISOString().slice(0, 10);
  };
  return [shift(hi + 1, 1), shift(lo, 0)];
}

@Injectable()
export class SqlCarerRepository extends CarerRepository {
  async add(tx: Tx, carer: Carer): Promise<void> {
    const values = detailValues(carer);
    const columns = ['id', 'tenant_id', 'registered_on', 'version', ...FIELDS.map(([, c]) => c)];
    await tx.query(`INSERT INTO carer (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, [
      carer.id,
      carer.tenantId,
      carer.registeredOn,
      carer.version,
      ...values,
    ]);
  }

  async get(tx: Tx, id: string, forUpdate = false): Promise<Carer | undefined> {
    const [row] = await tx.query<CarerRow>(
      `SELECT ${COLUMNS} FROM carer WHERE tenant_id = $1 AND id = $2 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [tx.tenantId, id],
    );
    return row ? toCarer(row) : undefined;
  }

  async save(tx: Tx, carer: Carer): Promise<void> {
    const l = carer.lifecycle;
    const values = [
      ...detailValues(carer),
      l.status,
      l.deregisteredOn ?? null,
      l.deregistrationReason ?? null,
      l.mergedInto ?? null,
      l.legalHold ?? null,
      l.anonymisedOn ?? null,
      l.ageBandAtAnonymisation ?? null,
    ];
    const columns = [
      ...FIELDS.map(([, c]) => c),
      'status',
      'deregistered_on',
      'deregistration_reason',
      'merged_into',
      'legal_hold',
      'anonymised_on',
      'age_band_at_anonymisation',
    ];
    const result = await tx.query<{ id: string }>(
      `UPDATE carer SET ${columns.map((c, i) => `${c} = $${i + 4}`).join(', ')}, version = $2
        WHERE tenant_id = $3 AND id = $1 AND version = $2 - 1 RETURNING id`,
      [carer.id, carer.version, tx.tenantId, ...values],
    );
    if (!result.length) throw new ConcurrentChangeError(carer.id);
  }

  async findSamePerson(tx: Tx, carer: Carer): Promise<string | undefined> {
    const d = carer.details;
    const [row] = await tx.query<{ id: string }>(
      `SELECT COALESCE(merged_into, id) AS id FROM carer
        WHERE tenant_id = $6
          AND (($1::text IS NOT NULL AND nhs_number = $1)
               OR (lower(family_name) = lower($2) AND lower(given_name) = lower($3) AND date_of_birth = $4 AND postcode = $5))
        LIMIT 1`,
      [d.nhsNumber ?? null, d.familyName, d.givenName, d.dateOfBirth, d.postcode, tx.tenantId],
    );
    return row?.id;
  }

  async list(tx: Tx, f: CarerFilter): Promise<{ carers: Carer[]; last?: { createdAt: string; id: string } }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, ...values: unknown[]) => {
      where.push(sql.replace(/\?/g, () => `$${params.push(values.shift())}`));
    };
    add('tenant_id = ?', tx.tenantId);
    add('status = ?', f.status ?? 'active');
    if (f.providerId) add('provider_id = ?', f.providerId);
    if (f.areaBoard) add('area_board = ?', f.areaBoard);
    if (f.kind) add('kind = ?', f.kind);
    if (f.ageBand) add('date_of_birth BETWEEN ? AND ?', ...birthRange(f.ageBand, f.today));
    if (f.after) add('(created_at, id) > (?::timestamptz, ?::uuid)', f.after.createdAt, f.after.id);
    const rows = await tx.query<CarerRow>(
      `SELECT ${COLUMNS} FROM carer WHERE ${where.join(' AND ')} ORDER BY created_at, id LIMIT ${Math.min(Math.max(f.limit, 1), 200)}`,
      params,
    );
    const lastRow = rows[rows.length - 1];
    return {
      carers: rows.map(toCarer),
      last: rows.length === f.limit && lastRow ? { createdAt: lastRow.created_at, id: lastRow.id } : undefined,
    };
  }

  async addMany(tx: Tx, items: { carer: Carer; externalSource: string; externalId: string }[]): Promise<void> {
    if (!items.length) return;
    const columns = ['id', 'tenant_id', 'registered_on', 'version', 'external_source', 'external_id', ...FIELDS.map(([, c]) => c)];
    const params: unknown[] = [];
    const rows = items.map(({ carer, externalSource, externalId }) => {
      const values = [carer.id, carer.tenantId, carer.registeredOn, carer.version, externalSource, externalId, ...detailValues(carer)];
      return `(${values.map((v) => `$${params.push(v)}`).join(', ')})`;
    });
    await tx.query(`INSERT INTO carer (${columns.join(', ')}) VALUES ${rows.join(', ')}`, params);
  }

  async findSamePeople(tx: Tx, carers: Carer[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    if (!carers.length) return found;
    const identity = (given: string, family: string, born: string, postcode: string) =>
      `${given.toLowerCase()}|${family.toLowerCase()}|${born}|${postcode}`;
    const rows = await tx.query<IdentityRow>(
      `SELECT COALESCE(merged_into, id) AS id, nhs_number, lower(given_name) AS given, lower(family_name) AS family, to_char(date_of_birth, 'YYYY-MM-DD') AS born, postcode
         FROM carer
        WHERE tenant_id = $6
          AND (nhs_number = ANY($1::text[])
               OR (lower(family_name), lower(given_name), date_of_birth, postcode) IN (SELECT * FROM unnest($2::text[], $3::text[], $4::date[], $5::text[])))`,
      [
        carers.map((c) => c.details.nhsNumber).filter(Boolean),
        carers.map((c) => c.details.familyName.toLowerCase()),
        carers.map((c) => c.details.givenName.toLowerCase()),
        carers.map((c) => c.details.dateOfBirth),
        carers.map((c) => c.details.postcode),
        tx.tenantId,
      ],
    );
    const byNhs = new Map(rows.filter((r) => r.nhs_number).map((r) => [r.nhs_number!, r.id]));
    const byIdentity = new Map(rows.filter((r) => r.given).map((r) => [identity(r.given, r.family, r.born, r.postcode), r.id]));
    for (const c of carers) {
      const d = c.details;
      const existing =
        (d.nhsNumber && byNhs.get(d.nhsNumber)) || byIdentity.get(identity(d.givenName, d.familyName, d.dateOfBirth, d.postcode));
      if (existing) found.set(c.id, existing);
    }
    return found;
  }

  async areaBoards(tx: Tx): Promise<Set<string>> {
    return new Set(
      (await tx.query<{ code: string }>('SELECT code FROM area_board WHERE tenant_id = $1', [tx.tenantId])).map((r) => r.code),
    );
  }

  async consortiumMembers(tx: Tx): Promise<Set<string>> {
    return new Set(
      (await tx.query<{ provider_id: string }>('SELECT provider_id FROM consortium_member WHERE tenant_id = $1', [tx.tenantId])).map(
        (r) => r.provider_id,
      ),
    );
  }

  async isAreaBoard(tx: Tx, code: string): Promise<boolean> {
    return (await tx.query('SELECT 1 FROM area_board WHERE tenant_id = $1 AND code = $2', [tx.tenantId, code])).length > 0;
  }

  async isConsortiumMember(tx: Tx, providerId: string): Promise<boolean> {
    return (
      (await tx.query('SELECT 1 FROM consortium_member WHERE tenant_id = $1 AND provider_id = $2', [tx.tenantId, providerId])).length > 0
    );
  }
}
