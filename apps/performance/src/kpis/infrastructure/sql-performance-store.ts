import { Injectable } from '@nestjs/common';
import { RagStatus } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { Membership, PerformanceStore, StoredValue } from '../application/performance-store';
import { AssessmentFact, CarerFact, FactKind, MonthFacts, ReviewFact } from '../domain/facts';
import { KpiDefinition } from '../domain/kpi-definition';

const day = (c: string) => `to_char(${c}, 'YYYY-MM-DD') AS ${c}`;
const FACT_COLUMNS = `assessment_id, provider_id, fast_track, ${day('requested_on')}, ${day('contacted_on')}, ${day('commenced_on')}, ${day('completed_on')},
  ${day('refused_on')}, ${day('plan_agreed_on')}, ${day('young_carer_identified_on')}`;
const DATES: [keyof AssessmentFact, string][] = [
  ['contactedOn', 'contacted_on'], ['commencedOn', 'commenced_on'], ['completedOn', 'completed_on'], ['refusedOn', 'refused_on'],
  ['planAgreedOn', 'plan_agreed_on'], ['youngCarerIdentifiedOn', 'young_carer_identified_on'],
];

function toFact(r: any): AssessmentFact {
  return {
    assessmentId: r.assessment_id, providerId: r.provider_id ?? undefined, fastTrack: r.fast_track, requestedOn: r.requested_on,
    ...Object.fromEntries(DATES.map(([f, c]) => [f, r[c] ?? undefined])),
  } as AssessmentFact;
}

const CARER_COLUMNS = `carer_id, provider_id, ${day('registered_on')}, gp_consent, ${day('emergency_plan_on')}, ${day('deregistered_on')}`;
const toCarer = (r: any): CarerFact => ({
  carerId: r.carer_id, providerId: r.provider_id ?? undefined, registeredOn: r.registered_on ?? undefined, gpConsent: r.gp_consent,
  emergencyPlanOn: r.emergency_plan_on ?? undefined, deregisteredOn: r.deregistered_on ?? undefined,
});

const monthStart = (p: string) => `${p}-01`;
const monthEnd = (p: string) => new Date(Date.UTC(Number(p.slice(0, 4)), Number(p.slice(5, 7)), 0)).toISOString().slice(0, 10);

function toValue(r: any): StoredValue {
  return {
    kpiId: r.kpi_id, providerId: r.provider_id, attribution: r.attribution, period: r.period, definitionVersion: r.definition_version,
    value: r.value === null ? undefined : Number(r.value), numerator: r.numerator ?? undefined, denominator: r.denominator ?? undefined,
    status: r.status, breached: r.breached,
  };
}

@Injectable()
export class SqlPerformanceStore extends PerformanceStore {
  async recordAssessment(tx: Tx, f: Partial<AssessmentFact> & { assessmentId: string }): Promise<AssessmentFact | undefined> {
    // the request event creates the row; any later fact fills its own column once and is never overwritten
    if (f.requestedOn) {
      await tx.query(`INSERT INTO assessment_fact (assessment_id, tenant_id, provider_id, fast_track, requested_on) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (assessment_id) DO NOTHING`,
        [f.assessmentId, tx.tenantId, f.providerId ?? null, f.fastTrack ?? false, f.requestedOn]);
    }
    const sets = DATES.filter(([field]) => f[field]);
    if (sets.length) {
      await tx.query(`UPDATE assessment_fact SET ${sets.map(([, c], i) => `${c} = COALESCE(${c}, $${i + 2}::date)`).join(', ')} WHERE assessment_id = $1`,
        [f.assessmentId, ...sets.map(([field]) => f[field])]);
    }
    const [row] = await tx.query(`SELECT ${FACT_COLUMNS} FROM assessment_fact WHERE assessment_id = $1`, [f.assessmentId]);
    return row ? toFact(row) : undefined;
  }

  async recordReview(tx: Tx, r: ReviewFact): Promise<boolean> {
    const added = await tx.query(`INSERT INTO review_fact VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (review_id) DO NOTHING RETURNING review_id`,
      [r.reviewId, tx.tenantId, r.assessmentId, r.providerId ?? null, r.reviewType, r.dueOn, r.completedOn, r.improved]);
    return added.length > 0;
  }

  async recordCarer(tx: Tx, c: CarerFact): Promise<void> {
    await tx.query(`INSERT INTO carer_fact (carer_id, tenant_id, provider_id, registered_on, gp_consent) VALUES ($1, $2, $3, $4, $5)
                    ON CONFLICT (carer_id) DO UPDATE SET provider_id = EXCLUDED.provider_id, registered_on = EXCLUDED.registered_on, gp_consent = EXCLUDED.gp_consent
                    WHERE carer_fact.registered_on IS NULL`,
      [c.carerId, tx.tenantId, c.providerId ?? null, c.registeredOn, c.gpConsent]);
  }

  async changeCarer(tx: Tx, carerId: string, changes: Partial<Omit<CarerFact, 'carerId' | 'registeredOn'>>): Promise<{ before: CarerFact; after: CarerFact }> {
    await tx.query(`INSERT INTO carer_fact (carer_id, tenant_id) VALUES ($1, $2) ON CONFLICT (carer_id) DO NOTHING`, [carerId, tx.tenantId]);
    const [row] = await tx.query(`SELECT ${CARER_COLUMNS} FROM carer_fact WHERE carer_id = $1 FOR UPDATE`, [carerId]);
    const before = toCarer(row);
    const after: CarerFact = {
      ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
      // an emergency plan or leaving the register is recorded once; a repeat does not move the date
      emergencyPlanOn: before.emergencyPlanOn ?? changes.emergencyPlanOn, deregisteredOn: before.deregisteredOn ?? changes.deregisteredOn,
    };
    await tx.query(`UPDATE carer_fact SET provider_id = $2, gp_consent = $3, emergency_plan_on = $4, deregistered_on = $5 WHERE carer_id = $1`,
      [carerId, after.providerId ?? null, after.gpConsent, after.emergencyPlanOn ?? null, after.deregisteredOn ?? null]);
    return { before, after };
  }

  async facts(tx: Tx, providerIds: string[], from: string, to: string, kinds: ReadonlySet<FactKind> = new Set(['assessment', 'review', 'carer'])): Promise<MonthFacts> {
    const none = Promise.resolve([]);
    // the cases with a step in the months; the waiting list (cases still open) is counted, not loaded
    const assessments = !kinds.has('assessment') ? await none : await tx.query(
      `SELECT ${FACT_COLUMNS} FROM assessment_fact
        WHERE provider_id = ANY($1::text[]) AND requested_on <= $3
          AND GREATEST(contacted_on, commenced_on, completed_on, refused_on, plan_agreed_on, young_carer_identified_on, requested_on) >= $2`,
      [providerIds, monthStart(from), monthEnd(to)]);
    const waiting = !kinds.has('assessment') ? await none : await tx.query(
      `SELECT m.period, (SELECT count(*)::int FROM assessment_fact a
                           WHERE a.provider_id = ANY($1::text[]) AND a.requested_on <= m.month_end
                             AND NOT (COALESCE(a.commenced_on <= m.month_end, false) OR COALESCE(a.completed_on <= m.month_end, false)
                                      OR COALESCE(a.refused_on <= m.month_end, false))) AS open
         FROM (SELECT to_char(d, 'YYYY-MM') AS period, (d + interval '1 month - 1 day')::date AS month_end
                 FROM generate_series($2::date, $3::date, interval '1 month') AS d) m`,
      [providerIds, monthStart(from), monthStart(to)]);
    const reviews = !kinds.has('review') ? await none : await tx.query(
      `SELECT review_id, assessment_id, provider_id, review_type, ${day('due_on')}, ${day('completed_on')}, improved FROM review_fact
        WHERE provider_id = ANY($1::text[]) AND completed_on BETWEEN $2 AND $3`, [providerIds, monthStart(from), monthEnd(to)]);
    const carers = !kinds.has('carer') ? await none : await tx.query(`SELECT ${CARER_COLUMNS} FROM carer_fact WHERE provider_id = ANY($1::text[]) AND registered_on <= $3 AND (deregistered_on IS NULL OR deregistered_on >= $2)`,
      [providerIds, monthStart(from), monthEnd(to)]);
    return {
      waitingAtMonthEnd: kinds.has('assessment') ? Object.fromEntries(waiting.map((w: { period: string; open: number }) => [w.period, w.open])) : undefined,
      carers: carers.map(toCarer),
      assessments: assessments.map(toFact),
      reviews: reviews.map((r: any) => ({
        reviewId: r.review_id, assessmentId: r.assessment_id, providerId: r.provider_id ?? undefined, reviewType: r.review_type, dueOn: r.due_on, completedOn: r.completed_on, improved: r.improved,
      })),
    };
  }

  async membership(tx: Tx): Promise<Membership | undefined> {
    const rows = await tx.query(`SELECT id, consortium_id FROM provider ORDER BY id`);
    return rows.length ? { consortiumId: rows[0].consortium_id, providerIds: rows.map((r: any) => r.id) } : undefined;
  }

  async definitions(tx: Tx): Promise<KpiDefinition[]> {
    const rows = await tx.query(`SELECT DISTINCT ON (id) body, version FROM kpi_definition ORDER BY id, version DESC`);
    return rows.map((r: any) => ({ ...r.body, version: r.version }));
  }

  async definitionVersions(tx: Tx, id: string): Promise<KpiDefinition[]> {
    const rows = await tx.query(`SELECT body, version, changed_by, changed_at FROM kpi_definition WHERE id = $1 ORDER BY version`, [id]);
    return rows.map((r: any) => ({ ...r.body, version: r.version, changedBy: r.changed_by, changedAt: r.changed_at }));
  }

  async saveDefinition(tx: Tx, d: KpiDefinition, by: string): Promise<void> {
    await tx.query(`INSERT INTO kpi_definition (tenant_id, id, version, body, changed_by) VALUES ($1, $2, $3, $4, $5)`, [tx.tenantId, d.id, d.version, JSON.stringify(d), by]);
  }

  async value(tx: Tx, kpiId: string, providerId: string, period: string): Promise<StoredValue | undefined> {
    const [r] = await tx.query(`SELECT * FROM kpi_value WHERE kpi_id = $1 AND provider_id = $2 AND period = $3`, [kpiId, providerId, period]);
    return r ? toValue(r) : undefined;
  }

  async statusesBefore(tx: Tx, kpiId: string, providerId: string, period: string, months: number): Promise<RagStatus[]> {
    const rows = await tx.query(`SELECT status FROM kpi_value WHERE kpi_id = $1 AND provider_id = $2 AND period < $3 ORDER BY period DESC LIMIT $4`, [kpiId, providerId, period, months]);
    return rows.map((r: { status: RagStatus }) => r.status).reverse();
  }

  async saveValue(tx: Tx, v: StoredValue): Promise<void> {
    await tx.query(
      `INSERT INTO kpi_value (tenant_id, kpi_id, provider_id, attribution, period, definition_version, value, numerator, denominator, status, breached)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (tenant_id, kpi_id, provider_id, period) DO UPDATE SET definition_version = $6, value = $7, numerator = $8, denominator = $9,
         status = $10, breached = $11, updated_at = now()`,
      [tx.tenantId, v.kpiId, v.providerId, v.attribution, v.period, v.definitionVersion, v.value ?? null, v.numerator ?? null, v.denominator ?? null, v.status, v.breached]);
  }

  async valuesBetween(tx: Tx, providerId: string, from: string, to: string): Promise<Map<string, StoredValue>> {
    const rows = await tx.query(`SELECT * FROM kpi_value WHERE provider_id = $1 AND period BETWEEN $2 AND $3`, [providerId, from, to]);
    return new Map(rows.map((r: any) => [`${r.kpi_id}|${r.period}`, toValue(r)]));
  }

  async values(tx: Tx, f: { period?: string; kpiId?: string; providerId?: string }): Promise<StoredValue[]> {
    const rows = await tx.query(
      `SELECT * FROM kpi_value WHERE ($1::text IS NULL OR period = $1) AND ($2::text IS NULL OR kpi_id = $2) AND ($3::text IS NULL OR provider_id = $3)
        ORDER BY period, kpi_id, attribution DESC, provider_id`, [f.period ?? null, f.kpiId ?? null, f.providerId ?? null]);
    return rows.map(toValue);
  }
}
