import { Injectable } from '@nestjs/common';
import { DomainError } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { AssessmentStore, KnownCarer, WaitingEntry } from '../application/assessment-store';
import { Assessment, AssessmentFacts } from '../domain/assessment';

const day = (c: string) => `to_char(${c}, 'YYYY-MM-DD') AS ${c}`;
const COLUMNS = `id, tenant_id, carer_id, type, route, fast_track, provider_id, ${day('requested_on')}, ${day('contacted_on')}, ${day('commenced_on')},
  ${day('completed_on')}, ${day('refused_on')}, method, content, covered, determination, child_involved, version`;

function toAssessment(r: any): Assessment {
  return Assessment.restore({
    id: r.id, tenantId: r.tenant_id, carerId: r.carer_id, type: r.type, route: r.route, fastTrack: r.fast_track, providerId: r.provider_id ?? undefined,
    requestedOn: r.requested_on, contactedOn: r.contacted_on ?? undefined, commencedOn: r.commenced_on ?? undefined, completedOn: r.completed_on ?? undefined,
    refusedOn: r.refused_on ?? undefined, method: r.method ?? undefined, content: r.content, covered: r.covered, determination: r.determination ?? undefined,
    childInvolvedInCaring: r.child_involved, version: r.version,
  });
}

const WRITABLE: [keyof AssessmentFacts, string][] = [
  ['contactedOn', 'contacted_on'], ['commencedOn', 'commenced_on'], ['completedOn', 'completed_on'], ['refusedOn', 'refused_on'], ['method', 'method'],
  ['content', 'content'], ['covered', 'covered'], ['determination', 'determination'], ['childInvolvedInCaring', 'child_involved'],
];
const json = (field: keyof AssessmentFacts, v: unknown) => (field === 'content' || field === 'determination') && v !== undefined ? JSON.stringify(v) : v ?? null;

@Injectable()
export class SqlAssessmentStore extends AssessmentStore {
  async add(tx: Tx, a: Assessment): Promise<void> {
    const f = a.facts;
    await tx.query(
      `INSERT INTO assessment (id, tenant_id, carer_id, type, route, fast_track, provider_id, requested_on, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [f.id, f.tenantId, f.carerId, f.type, f.route, f.fastTrack, f.providerId ?? null, f.requestedOn, f.version]);
  }

  async get(tx: Tx, id: string, forUpdate = false): Promise<Assessment | undefined> {
    const [row] = await tx.query(`SELECT ${COLUMNS} FROM assessment WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`, [id]);
    return row ? toAssessment(row) : undefined;
  }

  async save(tx: Tx, a: Assessment): Promise<void> {
    const f = a.facts;
    const done = await tx.query(
      `UPDATE assessment SET ${WRITABLE.map(([, c], i) => `${c} = $${i + 3}`).join(', ')}, version = $2 WHERE id = $1 AND version < $2 RETURNING id`,
      [f.id, f.version, ...WRITABLE.map(([field]) => json(field, f[field]))]);
    if (!done.length) throw new DomainError('conflict', `assessment ${f.id} was changed by someone else at the same time; read it again and retry`);
  }

  async waiting(tx: Tx, providerId?: string): Promise<WaitingEntry[]> {
    const rows = await tx.query(
      `SELECT id, carer_id, type, route, fast_track, provider_id, ${day('requested_on')}, ${day('contacted_on')} FROM assessment
        WHERE commenced_on IS NULL AND refused_on IS NULL AND completed_on IS NULL AND ($1::text IS NULL OR provider_id = $1)
        ORDER BY requested_on, id`, [providerId ?? null]);
    return rows.map((r) => ({
      assessmentId: r.id, carerId: r.carer_id, type: r.type, route: r.route, fastTrack: r.fast_track, providerId: r.provider_id ?? undefined,
      requestedOn: r.requested_on, contactedOn: r.contacted_on ?? undefined,
    }));
  }

  async forCarer(tx: Tx, carerId: string): Promise<Assessment[]> {
    return (await tx.query(`SELECT ${COLUMNS} FROM assessment WHERE carer_id = $1 ORDER BY created_at`, [carerId])).map(toAssessment);
  }

  async knownCarer(tx: Tx, carerId: string): Promise<KnownCarer | undefined> {
    const [r] = await tx.query(`SELECT carer_id, kind, provider_id FROM known_carer WHERE carer_id = $1`, [carerId]);
    return r && { carerId: r.carer_id, kind: r.kind, providerId: r.provider_id ?? undefined };
  }
}
