import { Injectable } from '@nestjs/common';
import { RagStatus } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { PerformanceRepository } from '../application/performance.repository';
import { AssessmentFact, CarerFact, Facts, ReviewFact } from '../domain/facts';
import { KpiDefinition } from '../domain/kpi-definition';
import { Membership, StoredValue } from '../domain/kpi-value';
import { Contribution, RUNNING_SERIES, Series, Tallies } from '../domain/tally';
import { PENDING_CHANNEL } from './tally-change-notifications.adapter';

type DateColumn =
  'contacted_on' | 'commenced_on' | 'completed_on' | 'refused_on' | 'closed_on' | 'plan_agreed_on' | 'young_carer_identified_on';
type FactRow = { assessment_id: string; provider_id: string | null; fast_track: boolean; requested_on: string } & Record<
  DateColumn,
  string | null
>;
interface ReviewRow {
  review_id: string;
  assessment_id: string;
  provider_id: string | null;
  review_type: ReviewFact['reviewType'];
  due_on: string;
  completed_on: string;
  improved: boolean;
}
interface CarerRow {
  carer_id: string;
  provider_id: string | null;
  registered_on: string | null;
  gp_consent: boolean;
  emergency_plan_on: string | null;
  deregistered_on: string | null;
}
interface ValueRow {
  kpi_id: string;
  provider_id: string;
  attribution: 'member' | 'consortium';
  period: string;
  definition_version: number;
  value: string | null;
  numerator: number | null;
  denominator: number | null;
  status: RagStatus;
  breached: boolean;
}
/** A tally count; a null period is the total carried in from before the months asked for. */
interface TallyRow {
  provider_id: string;
  period: string | null;
  series: Series;
  bucket: number;
  count: number;
}
interface DefinitionRow {
  body: KpiDefinition;
  version: number;
  changed_by: string;
  changed_at: Date;
}

const day = (c: string) => `to_char(${c}, 'YYYY-MM-DD') AS ${c}`;
const FACT_COLUMNS = `assessment_id, provider_id, fast_track, ${day('requested_on')}, ${day('contacted_on')}, ${day('commenced_on')}, ${day('completed_on')},
  ${day('refused_on')}, ${day('closed_on')}, ${day('plan_agreed_on')}, ${day('young_carer_identified_on')}`;
const DATES: [keyof AssessmentFact, DateColumn][] = [
  ['contactedOn', 'contacted_on'],
  ['commencedOn', 'commenced_on'],
  ['completedOn', 'completed_on'],
  ['refusedOn', 'refused_on'],
  ['closedOn', 'closed_on'],
  ['planAgreedOn', 'plan_agreed_on'],
  ['youngCarerIdentifiedOn', 'young_carer_identified_on'],
];

function toFact(r: FactRow): AssessmentFact {
  return {
    assessmentId: r.assessment_id,
    providerId: r.provider_id ?? undefined,
    fastTrack: r.fast_track,
    requestedOn: r.requested_on,
    ...Object.fromEntries(DATES.map(([f, c]) => [f, r[c] ?? undefined])),
  } as AssessmentFact;
}

const CARER_COLUMNS = `carer_id, provider_id, ${day('registered_on')}, gp_consent, ${day('emergency_plan_on')}, ${day('deregistered_on')}`;
const toCarer = (r: CarerRow): CarerFact => ({
  carerId: r.carer_id,
  providerId: r.provider_id ?? undefined,
  registeredOn: r.registered_on ?? undefined,
  gpConsent: r.gp_consent,
  emergencyPlanOn: r.emergency_plan_on ?? undefined,
  deregisteredOn: r.deregistered_on ?? undefined,
});

function toValue(r: ValueRow): StoredValue {
  return {
    kpiId: r.kpi_id,
    providerId: r.provider_id,
    attribution: r.attribution,
    period: r.period,
    definitionVersion: r.definition_version,
    value: r.value === null ? undefined : Number(r.value),
    numerator: r.numerator ?? undefined,
    denominator: r.denominator ?? undefined,
    status: r.status,
    breached: r.breached,
  };
}

@Injectable()
export class SqlPerformanceRepository extends PerformanceRepository {
  async recordAssessment(
    tx: Tx,
    f: Partial<AssessmentFact> & { assessmentId: string },
  ): Promise<{ before?: AssessmentFact; after: AssessmentFact } | undefined> {
    // one statement: the row as it was (locked), the row the request creates, or the row with each later date filled,
    // or moved earlier when assessments announces an earlier date a provider reported late (issue 19); never later
    const dates = DATES.map(([field]) => f[field] ?? null);
    const fill = DATES.map(([, c], i) => `${c} = LEAST(a.${c}, $${i + 6}::date)`).join(', ');
    const fills = DATES.map(([, c], i) => `($${i + 6}::date IS NOT NULL AND (a.${c} IS NULL OR $${i + 6}::date < a.${c}))`).join(' OR ');
    const rows = await tx.query<FactRow & { state: 'before' | 'after' }>(
      `WITH before AS (SELECT * FROM assessment_fact WHERE tenant_id = $2::text AND assessment_id = $1::uuid FOR UPDATE),
            added AS (INSERT INTO assessment_fact (assessment_id, tenant_id, provider_id, fast_track, requested_on, ${DATES.map(([, c]) => c).join(', ')})
                      SELECT $1::uuid, $2::text, $3::text, $4::boolean, $5::date, ${DATES.map((_, i) => `$${i + 6}::date`).join(', ')}
                       WHERE $5::date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM before)
                      ON CONFLICT (assessment_id) DO NOTHING RETURNING *),
            changed AS (UPDATE assessment_fact a SET ${fill} FROM before b WHERE a.tenant_id = b.tenant_id AND a.assessment_id = b.assessment_id AND (${fills}) RETURNING a.*)
       SELECT 'before' AS state, ${FACT_COLUMNS} FROM before
       UNION ALL SELECT 'after', ${FACT_COLUMNS} FROM added
       UNION ALL SELECT 'after', ${FACT_COLUMNS} FROM changed`,
      [f.assessmentId, tx.tenantId, f.providerId ?? null, f.fastTrack ?? false, f.requestedOn ?? null, ...dates],
    );
    const before = rows.find((r) => r.state === 'before');
    const after = rows.find((r) => r.state === 'after') ?? before;
    // a request is recorded first (assessments publishes each assessment's events in order), so a later fact of an unknown one is dropped
    return after ? { before: before && toFact(before), after: toFact(after) } : undefined;
  }

  async recordReview(tx: Tx, r: ReviewFact): Promise<boolean> {
    const added = await tx.query(
      `INSERT INTO review_fact VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (review_id) DO NOTHING RETURNING review_id`,
      [r.reviewId, tx.tenantId, r.assessmentId, r.providerId ?? null, r.reviewType, r.dueOn, r.completedOn, r.improved],
    );
    return added.length > 0;
  }

  async recordCarer(tx: Tx, c: CarerFact): Promise<CarerFact | undefined> {
    const [row] = await tx.query<CarerRow>(
      `INSERT INTO carer_fact (carer_id, tenant_id, provider_id, registered_on, gp_consent) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (carer_id) DO UPDATE SET provider_id = EXCLUDED.provider_id, registered_on = EXCLUDED.registered_on, gp_consent = EXCLUDED.gp_consent
       WHERE carer_fact.registered_on IS NULL RETURNING ${CARER_COLUMNS}`,
      [c.carerId, tx.tenantId, c.providerId ?? null, c.registeredOn, c.gpConsent],
    );
    return row ? toCarer(row) : undefined;
  }

  async lockCarers(tx: Tx, carerIds: string[]): Promise<void> {
    // transaction-scoped advisory locks, so carers not yet inserted are held too; ordered by the lock key itself
    await tx.query(
      `SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtext('carer:' || id) AS k FROM unnest($1::text[]) AS id ORDER BY k) keys`,
      [carerIds],
    );
  }

  async changeCarer(
    tx: Tx,
    carerId: string,
    changes: Partial<Omit<CarerFact, 'carerId' | 'registeredOn'>>,
  ): Promise<{ before: CarerFact; after: CarerFact }> {
    await tx.query(`INSERT INTO carer_fact (carer_id, tenant_id) VALUES ($1, $2) ON CONFLICT (carer_id) DO NOTHING`, [
      carerId,
      tx.tenantId,
    ]);
    const [row] = await tx.query<CarerRow>(`SELECT ${CARER_COLUMNS} FROM carer_fact WHERE tenant_id = $2 AND carer_id = $1 FOR UPDATE`, [
      carerId,
      tx.tenantId,
    ]);
    const before = toCarer(row);
    const after: CarerFact = {
      ...before,
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
      // an emergency plan or leaving the register is recorded once; a repeat does not move the date
      emergencyPlanOn: before.emergencyPlanOn ?? changes.emergencyPlanOn,
      deregisteredOn: before.deregisteredOn ?? changes.deregisteredOn,
    };
    await tx.query(
      `UPDATE carer_fact SET provider_id = $2, gp_consent = $3, emergency_plan_on = $4, deregistered_on = $5 WHERE tenant_id = $6 AND carer_id = $1`,
      [carerId, after.providerId ?? null, after.gpConsent, after.emergencyPlanOn ?? null, after.deregisteredOn ?? null, tx.tenantId],
    );
    return { before, after };
  }

  async noteTallyChanges(tx: Tx, providerId: string, changes: Contribution[]): Promise<void> {
    await tx.query(
      `WITH noted AS (INSERT INTO kpi_tally_change (tenant_id, provider_id, period, series, bucket, count)
                      SELECT $1::text, $2::text, * FROM unnest($3::text[], $4::text[], $5::int[], $6::int[]))
       SELECT pg_notify('${PENDING_CHANNEL}', $1::text)`,
      [
        tx.tenantId,
        providerId,
        changes.map((c) => c.period),
        changes.map((c) => c.series),
        changes.map((c) => c.bucket),
        changes.map((c) => c.count),
      ],
    );
  }

  async foldTallyChanges(tx: Tx): Promise<Map<string, Contribution[]>> {
    const rows = await tx.query<TallyRow & { period: string }>(
      `WITH taken AS (DELETE FROM kpi_tally_change WHERE tenant_id = $1 RETURNING tenant_id, provider_id, period, series, bucket, count),
            summed AS (SELECT tenant_id, provider_id, period, series, bucket, sum(count)::int AS count FROM taken
                        GROUP BY tenant_id, provider_id, period, series, bucket HAVING sum(count) <> 0),
            folded AS (INSERT INTO kpi_tally (tenant_id, provider_id, period, series, bucket, count) SELECT * FROM summed
                       ON CONFLICT (tenant_id, provider_id, period, series, bucket) DO UPDATE SET count = kpi_tally.count + EXCLUDED.count)
       SELECT provider_id, period, series, bucket, count FROM summed`,
      [tx.tenantId],
    );
    const byProvider = new Map<string, Contribution[]>();
    for (const r of rows)
      byProvider.set(r.provider_id, [
        ...(byProvider.get(r.provider_id) ?? []),
        { period: r.period, series: r.series, bucket: r.bucket, count: r.count },
      ]);
    return byProvider;
  }

  async replaceTallies(tx: Tx, tally: (facts: Facts) => Map<string, Contribution[]>): Promise<void> {
    // no fact changes between reading the facts and clearing the changes: a change already recorded is in both, a later one in neither
    await tx.query(`LOCK TABLE kpi_tally_change IN EXCLUSIVE MODE`);
    const byProvider = tally(await this.allFacts(tx));
    await tx.query(`DELETE FROM kpi_tally_change WHERE tenant_id = $1`, [tx.tenantId]);
    await tx.query(`DELETE FROM kpi_tally WHERE tenant_id = $1`, [tx.tenantId]);
    for (const [providerId, contributions] of byProvider) {
      const rows = new Tallies(contributions).entries();
      for (let i = 0; i < rows.length; i += 5000) {
        const chunk = rows.slice(i, i + 5000);
        await tx.query(
          `INSERT INTO kpi_tally (tenant_id, provider_id, period, series, bucket, count) SELECT $1, $2, * FROM unnest($3::text[], $4::text[], $5::int[], $6::int[])`,
          [
            tx.tenantId,
            providerId,
            chunk.map((r) => r.period),
            chunk.map((r) => r.series),
            chunk.map((r) => r.bucket),
            chunk.map((r) => r.count),
          ],
        );
      }
    }
  }

  private async allFacts(tx: Tx): Promise<Facts> {
    const assessments = await tx.query<FactRow>(`SELECT ${FACT_COLUMNS} FROM assessment_fact WHERE tenant_id = $1`, [tx.tenantId]);
    const reviews = await tx.query<ReviewRow>(
      `SELECT review_id, assessment_id, provider_id, review_type, ${day('due_on')}, ${day('completed_on')}, improved FROM review_fact WHERE tenant_id = $1`,
      [tx.tenantId],
    );
    const carers = await tx.query<CarerRow>(`SELECT ${CARER_COLUMNS} FROM carer_fact WHERE tenant_id = $1`, [tx.tenantId]);
    return {
      assessments: assessments.map(toFact),
      carers: carers.map(toCarer),
      reviews: reviews.map((r) => ({
        reviewId: r.review_id,
        assessmentId: r.assessment_id,
        providerId: r.provider_id ?? undefined,
        reviewType: r.review_type,
        dueOn: r.due_on,
        completedOn: r.completed_on,
        improved: r.improved,
      })),
    };
  }

  async tallies(tx: Tx, providerIds: string[], from: string, to: string): Promise<Map<string, Tallies>> {
    // the months asked for, and for running series the total carried in from before them (period null)
    const rows = await tx.query<TallyRow>(
      `SELECT provider_id, period, series, bucket, count FROM kpi_tally WHERE tenant_id = $5 AND provider_id = ANY($1::text[]) AND period BETWEEN $2 AND $3
       UNION ALL
       SELECT provider_id, NULL, series, 0, sum(count)::int FROM kpi_tally WHERE tenant_id = $5 AND provider_id = ANY($1::text[]) AND period < $2 AND series = ANY($4::text[])
        GROUP BY provider_id, series`,
      [providerIds, from, to, [...RUNNING_SERIES], tx.tenantId],
    );
    return new Map(
      providerIds.map((id) => {
        const own = rows.filter((r) => r.provider_id === id);
        const carried = Object.fromEntries(own.filter((r) => r.period === null).map((r) => [r.series, r.count]));
        return [
          id,
          new Tallies(
            own.filter((r): r is TallyRow & { period: string } => r.period !== null),
            carried,
          ),
        ];
      }),
    );
  }

  async lockMeasurement(tx: Tx): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kpi-measurement:' || $1))`, [tx.tenantId]);
  }

  async membership(tx: Tx): Promise<Membership | undefined> {
    const rows = await tx.query<{ id: string; consortium_id: string }>(
      `SELECT id, consortium_id FROM provider WHERE tenant_id = $1 ORDER BY id`,
      [tx.tenantId],
    );
    return rows.length ? { consortiumId: rows[0].consortium_id, providerIds: rows.map((r) => r.id) } : undefined;
  }

  async definitions(tx: Tx): Promise<KpiDefinition[]> {
    const rows = await tx.query<DefinitionRow>(
      `SELECT DISTINCT ON (id) body, version FROM kpi_definition WHERE tenant_id = $1 ORDER BY id, version DESC`,
      [tx.tenantId],
    );
    return rows.map((r) => ({ ...r.body, version: r.version }));
  }

  async definitionVersions(tx: Tx, id: string): Promise<KpiDefinition[]> {
    const rows = await tx.query<DefinitionRow>(
      `SELECT body, version, changed_by, changed_at FROM kpi_definition WHERE tenant_id = $2 AND id = $1 ORDER BY version`,
      [id, tx.tenantId],
    );
    return rows.map((r) => ({ ...r.body, version: r.version, changedBy: r.changed_by, changedAt: r.changed_at }));
  }

  async saveDefinition(tx: Tx, d: KpiDefinition, by: string): Promise<void> {
    await tx.query(`INSERT INTO kpi_definition (tenant_id, id, version, body, changed_by) VALUES ($1, $2, $3, $4, $5)`, [
      tx.tenantId,
      d.id,
      d.version,
      JSON.stringify(d),
      by,
    ]);
  }

  async value(tx: Tx, kpiId: string, providerId: string, period: string): Promise<StoredValue | undefined> {
    const [r] = await tx.query<ValueRow>(
      `SELECT * FROM kpi_value WHERE tenant_id = $4 AND kpi_id = $1 AND provider_id = $2 AND period = $3`,
      [kpiId, providerId, period, tx.tenantId],
    );
    return r ? toValue(r) : undefined;
  }

  async saveValues(tx: Tx, values: StoredValue[]): Promise<void> {
    if (!values.length) return;
    const column = <K extends keyof StoredValue>(k: K) => values.map((v) => v[k] ?? null);
    await tx.query(
      `INSERT INTO kpi_value (tenant_id, kpi_id, provider_id, attribution, period, definition_version, value, numerator, denominator, status, breached)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::numeric[], $8::int[], $9::int[], $10::text[], $11::bool[])
       ON CONFLICT (tenant_id, kpi_id, provider_id, period) DO UPDATE SET definition_version = EXCLUDED.definition_version, value = EXCLUDED.value,
         numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, status = EXCLUDED.status, breached = EXCLUDED.breached, updated_at = now()`,
      [
        tx.tenantId,
        column('kpiId'),
        column('providerId'),
        column('attribution'),
        column('period'),
        column('definitionVersion'),
        column('value'),
        column('numerator'),
        column('denominator'),
        column('status'),
        column('breached'),
      ],
    );
  }

  async valuesBetween(tx: Tx, providerIds: string[], from: string, to: string): Promise<Map<string, Map<string, StoredValue>>> {
    const rows = await tx.query<ValueRow>(
      `SELECT * FROM kpi_value WHERE tenant_id = $4 AND provider_id = ANY($1::text[]) AND period BETWEEN $2 AND $3`,
      [providerIds, from, to, tx.tenantId],
    );
    const byProvider = new Map<string, Map<string, StoredValue>>(providerIds.map((id) => [id, new Map()]));
    for (const r of rows) byProvider.get(r.provider_id)!.set(`${r.kpi_id}|${r.period}`, toValue(r));
    return byProvider;
  }

  async values(tx: Tx, f: { period?: string; kpiId?: string; providerId?: string }): Promise<StoredValue[]> {
    const rows = await tx.query<ValueRow>(
      `SELECT * FROM kpi_value WHERE tenant_id = $4 AND ($1::text IS NULL OR period = $1) AND ($2::text IS NULL OR kpi_id = $2) AND ($3::text IS NULL OR provider_id = $3)
        ORDER BY period, kpi_id, attribution DESC, provider_id`,
      [f.period ?? null, f.kpiId ?? null, f.providerId ?? null, tx.tenantId],
    );
    return rows.map(toValue);
  }
}
