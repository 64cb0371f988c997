import { Injectable } from '@nestjs/common';
import { AssessmentType, CloseReason, ReferralRoute } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { AssessmentRepository, WaitingEntry } from '../application/assessment.repository';
import { Assessment, AssessmentFacts } from '../domain/assessment';
import { AssessmentConflictError } from '../domain/assessment.errors';
import { Determination } from '../domain/eligibility';

interface AssessmentRow {
  id: string;
  tenant_id: string;
  carer_id: string;
  type: AssessmentType;
  route: ReferralRoute;
  fast_track: boolean;
  provider_id: string | null;
  requested_on: string;
  contacted_on: string | null;
  commenced_on: string | null;
  completed_on: string | null;
  refused_on: string | null;
  closed_on: string | null;
  close_reason: CloseReason | null;
  method: string | null;
  content: Record<string, string>;
  covered: string[];
  determination: Determination | null;
  child_involved: boolean;
  version: number;
}

type WaitingRow = Pick<
  AssessmentRow,
  'id' | 'carer_id' | 'type' | 'route' | 'fast_track' | 'provider_id' | 'requested_on' | 'contacted_on'
>;

const day = (c: string) => `to_char(${c}, 'YYYY-MM-DD') AS ${c}`;
const COLUMNS = `id, tenant_id, carer_id, type, route, fast_track, provider_id, ${day('requested_on')}, ${day('contacted_on')}, ${day('commenced_on')},
  ${day('completed_on')}, ${day('refused_on')}, ${day('closed_on')}, close_reason, method, content, covered, determination, child_involved, version`;

function toAssessment(r: AssessmentRow): Assessment {
  return Assessment.restore({
    id: r.id,
    tenantId: r.tenant_id,
    carerId: r.carer_id,
    type: r.type,
    route: r.route,
    fastTrack: r.fast_track,
    providerId: r.provider_id ?? undefined,
    requestedOn: r.requested_on,
    contactedOn: r.contacted_on ?? undefined,
    commencedOn: r.commenced_on ?? undefined,
    completedOn: r.completed_on ?? undefined,
    refusedOn: r.refused_on ?? undefined,
    closedOn: r.closed_on ?? undefined,
    closeReason: r.close_reason ?? undefined,
    method: r.method ?? undefined,
    content: r.content,
    covered: r.covered,
    determination: r.determination ?? undefined,
    childInvolvedInCaring: r.child_involved,
    version: r.version,
  });
}

const WRITABLE: [keyof AssessmentFacts, string][] = [
  ['contactedOn', 'contacted_on'],
  ['commencedOn', 'commenced_on'],
  ['completedOn', 'completed_on'],
  ['refusedOn', 'refused_on'],
  ['closedOn', 'closed_on'],
  ['closeReason', 'close_reason'],
  ['method', 'method'],
  ['content', 'content'],
  ['covered', 'covered'],
  ['determination', 'determination'],
  ['childInvolvedInCaring', 'child_involved'],
];
const json = (field: keyof AssessmentFacts, v: unknown) =>
  (field === 'content' || field === 'determination') && v !== undefined ? JSON.stringify(v) : (v ?? null);

@Injectable()
export class SqlAssessmentRepository extends AssessmentRepository {
  async add(tx: Tx, a: Assessment): Promise<void> {
    const f = a.facts;
    await tx.query(
      `INSERT INTO assessment (id, tenant_id, carer_id, type, route, fast_track, provider_id, requested_on, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [f.id, tx.tenantId, f.carerId, f.type, f.route, f.fastTrack, f.providerId ?? null, f.requestedOn, f.version],
    );
  }

  async get(tx: Tx, id: string, forUpdate = false): Promise<Assessment | undefined> {
    const [row] = await tx.query<AssessmentRow>(
      `SELECT ${COLUMNS} FROM assessment WHERE id = $1 AND tenant_id = $2 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [id, tx.tenantId],
    );
    return row ? toAssessment(row) : undefined;
  }

  async save(tx: Tx, a: Assessment): Promise<void> {
    const f = a.facts;
    const done = await tx.query<{ id: string }>(
      `UPDATE assessment SET ${WRITABLE.map(([, c], i) => `${c} = $${i + 4}`).join(', ')}, version = $2
        WHERE id = $1 AND tenant_id = $3 AND version < $2 RETURNING id`,
      [f.id, f.version, tx.tenantId, ...WRITABLE.map(([field]) => json(field, f[field]))],
    );
    if (!done.length) throw new AssessmentConflictError(f.id);
  }

  async waiting(tx: Tx, providerId?: string): Promise<WaitingEntry[]> {
    const rows = await tx.query<WaitingRow>(
      `SELECT id, carer_id, type, route, fast_track, provider_id, ${day('requested_on')}, ${day('contacted_on')} FROM assessment
        WHERE tenant_id = $2 AND commenced_on IS NULL AND refused_on IS NULL AND completed_on IS NULL AND closed_on IS NULL AND ($1::text IS NULL OR provider_id = $1)
        ORDER BY requested_on, id`,
      [providerId ?? null, tx.tenantId],
    );
    return rows.map((r) => ({
      assessmentId: r.id,
      carerId: r.carer_id,
      type: r.type,
      route: r.route,
      fastTrack: r.fast_track,
      providerId: r.provider_id ?? undefined,
      requestedOn: r.requested_on,
      contactedOn: r.contacted_on ?? undefined,
    }));
  }

  async moveToCarer(tx: Tx, assessmentId: string, carerId: string): Promise<void> {
    await tx.query(`UPDATE assessment SET carer_id = $2 WHERE id = $1 AND tenant_id = $3`, [assessmentId, carerId, tx.tenantId]);
    await tx.query(`UPDATE clock SET carer_id = $2 WHERE assessment_id = $1 AND tenant_id = $3`, [assessmentId, carerId, tx.tenantId]);
  }

  async forCarer(tx: Tx, carerId: string): Promise<Assessment[]> {
    const rows = await tx.query<AssessmentRow>(
      `SELECT ${COLUMNS} FROM assessment WHERE carer_id = $1 AND tenant_id = $2 ORDER BY created_at`,
      [carerId, tx.tenantId],
    );
    return rows.map(toAssessment);
  }
}
