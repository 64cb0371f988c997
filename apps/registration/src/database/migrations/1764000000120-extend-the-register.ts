import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from '@carers/platform/persistence';

/** Seed reference data per council: each council configures its own; these are the starting lists. */
const COUNCILS: { tenant: string; areaBoards: [string, string][]; providers: [string, string][] }[] = [
  {
    tenant: 'E06000054', // Wiltshire: 18 area boards; the Carers Together consortium (fictional member names)
    areaBoards: [
      ['amesbury', 'Amesbury'],
      ['bradford-on-avon', 'Bradford on Avon'],
      ['calne', 'Calne'],
      ['chippenham', 'Chippenham'],
      ['corsham', 'Corsham'],
      ['devizes', 'Devizes'],
      ['malmesbury', 'Malmesbury'],
      ['marlborough', 'Marlborough'],
      ['melksham', 'Melksham'],
      ['pewsey', 'Pewsey Vale'],
      ['rwb-cricklade', 'Royal Wootton Bassett and Cricklade'],
      ['salisbury', 'Salisbury'],
      ['south-west-wiltshire', 'South West Wiltshire'],
      ['southern-wiltshire', 'Southern Wiltshire'],
      ['tidworth', 'Tidworth'],
      ['trowbridge', 'Trowbridge'],
      ['warminster', 'Warminster'],
      ['westbury', 'Westbury'],
    ],
    providers: [
      ['carers-together', 'Carers Together (lead)'],
      ['downs-carers-trust', 'Downs Carers Trust'],
      ['vale-family-support', 'Vale Family Support'],
    ],
  },
  {
    tenant: 'E06000019', // Herefordshire: localities; one commissioned carers' service (fictional name)
    areaBoards: [
      ['hereford-city', 'Hereford City'],
      ['north', 'North Herefordshire'],
      ['south', 'South Herefordshire'],
      ['east', 'East Herefordshire'],
      ['west', 'West Herefordshire'],
    ],
    providers: [['hfd-carers-hub', 'Herefordshire Carers Hub']],
  },
];

export class ExtendTheRegister1764000000120 implements MigrationInterface {
  name = 'ExtendTheRegister1764000000120';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE carer
        ADD COLUMN nhs_number text,
        ADD COLUMN gender text,
        ADD COLUMN ethnicity text,
        ADD COLUMN address_line1 text,
        ADD COLUMN address_line2 text,
        ADD COLUMN town text,
        ADD COLUMN phone_numbers jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN email text,
        ADD COLUMN preferred_contact text,
        ADD COLUMN gp_practice_code text,
        ADD COLUMN gp_consent boolean NOT NULL DEFAULT false,
        ADD COLUMN school_urn text,
        ADD COLUMN area_board text,
        ADD COLUMN hours_band text,
        ADD COLUMN employment_status text`);
    await q.query(`CREATE UNIQUE INDEX carer_nhs_number ON carer (tenant_id, nhs_number) WHERE nhs_number IS NOT NULL`);
    await q.query(`CREATE INDEX carer_identity ON carer (tenant_id, lower(family_name), lower(given_name), date_of_birth, postcode)`);
    await q.query(`CREATE INDEX carer_listing ON carer (tenant_id, created_at, id)`);
    await q.query(
      `CREATE TABLE area_board (tenant_id text NOT NULL, code text NOT NULL, name text NOT NULL, PRIMARY KEY (tenant_id, code))`,
    );
    await q.query(
      `CREATE TABLE consortium_member (tenant_id text NOT NULL, provider_id text NOT NULL, name text NOT NULL, PRIMARY KEY (tenant_id, provider_id))`,
    );
    await enableTenantRls(q, 'area_board');
    await enableTenantRls(q, 'consortium_member');
    for (const council of COUNCILS) {
      await q.query(`SELECT set_config('app.tenant_id', $1, true)`, [council.tenant]);
      for (const [code, name] of council.areaBoards)
        await q.query(`INSERT INTO area_board VALUES ($1, $2, $3)`, [council.tenant, code, name]);
      for (const [id, name] of council.providers)
        await q.query(`INSERT INTO consortium_member VALUES ($1, $2, $3)`, [council.tenant, id, name]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE consortium_member; DROP TABLE area_board`);
    await q.query(`ALTER TABLE carer DROP COLUMN nhs_number, DROP COLUMN gender, DROP COLUMN ethnicity, DROP COLUMN address_line1,
      DROP COLUMN address_line2, DROP COLUMN town, DROP COLUMN phone_numbers, DROP COLUMN email, DROP COLUMN preferred_contact,
      DROP COLUMN gp_practice_code, DROP COLUMN gp_consent, DROP COLUMN school_urn, DROP COLUMN area_board, DROP COLUMN hours_band,
      DROP COLUMN employment_status`);
  }
}
