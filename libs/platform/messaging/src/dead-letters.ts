import { DomainError } from '@carers/contracts';
import { rowsOf } from '@carers/platform/persistence';
import { DataSource } from 'typeorm';
import { InboxProcessor } from './inbox-processor';

export interface DeadLetterView {
  id: string;
  consumer: string;
  tenantId: string | null;
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  eventId: string | null;
  eventType: string | null;
  reason: string;
  error: string;
  attempts: number;
  status: 'parked' | 'replayed' | 'discarded';
  parkedAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolutionNote: string | null;
}

/** Whose parked messages a caller may see: one council's (its administrator), or every council's (the platform operator). */
export type DeadLetterScope = { kind: 'council'; tenantId: string } | { kind: 'platform' };

export interface DeadLetterFilter {
  status?: 'parked' | 'replayed' | 'discarded' | 'all';
  topic?: string;
  reason?: string;
  /** Page after this id (the previous page's `next`). */
  after?: string;
  limit?: number;
}

export interface DeadLetterPage {
  items: DeadLetterView[];
  /** Pass as `after` for the next page; null on the last. */
  next: string | null;
}

export class DeadLetterNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `There is no dead letter ${id}.`);
  }
}

/** `tenant_id = $n` for a council's administrator; true for the platform operator. */
function scopeSql(scope: DeadLetterScope, param: number): string {
  return scope.kind === 'platform' ? `($${param}::text IS NULL)` : `tenant_id = $${param}`;
}
const scopeValue = (scope: DeadLetterScope) => (scope.kind === 'platform' ? null : scope.tenantId);

/** What an operator does with parked messages: look, replay once the cause is fixed, or discard with a reason. */
export class DeadLetters {
  constructor(
    private readonly dataSource: DataSource,
    private readonly inbox: InboxProcessor,
  ) {}

  async list(scope: DeadLetterScope, filter: DeadLetterFilter = {}): Promise<DeadLetterPage> {
    const limit = Math.min(Math.max(filter.limit ?? 100, 1), 500);
    const rows = await this.dataSource.query(
      `SELECT * FROM dead_letter
        WHERE ${scopeSql(scope, 1)} AND ($2 = 'all' OR status = $2) AND ($3::text IS NULL OR topic = $3 OR starts_with(topic, $3 || '.')) AND ($4::text IS NULL OR reason = $4)
          AND id > $5 ORDER BY id LIMIT $6`,
      [scopeValue(scope), filter.status ?? 'parked', filter.topic ?? null, filter.reason ?? null, filter.after ?? '0', limit + 1],
    );
    const items = rows.slice(0, limit).map(toView);
    return { items, next: rows.length > limit ? items[items.length - 1].id : null };
  }

  async replay(scope: DeadLetterScope, id: string, by: string): Promise<DeadLetterView> {
    const row = await this.find(scope, id);
    if (row.status !== 'parked') return toView(row); // replaying again changes nothing
    const outcome = await this.inbox.replay(row);
    const [updated] = rowsOf<any>(
      await this.dataSource.query(
        outcome.applied
          ? `UPDATE dead_letter SET status = 'replayed', resolved_at = now(), resolved_by = $2, resolution_note = 'replayed' WHERE id = $1 AND status = 'parked' RETURNING *`
          : `UPDATE dead_letter SET attempts = attempts + 1, error = $2 WHERE id = $1 RETURNING *`,
        outcome.applied ? [id, by] : [id, outcome.error],
      ),
    );
    return toView(updated ?? row);
  }

  async replayAll(scope: DeadLetterScope, by: string): Promise<{ replayed: number; stillParked: number }> {
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM dead_letter WHERE ${scopeSql(scope, 1)} AND status = 'parked' ORDER BY id`,
      [scopeValue(scope)],
    );
    let replayed = 0;
    for (const { id } of ids) if ((await this.replay(scope, id, by)).status === 'replayed') replayed++;
    return { replayed, stillParked: ids.length - replayed };
  }

  async discard(scope: DeadLetterScope, id: string, by: string, reason: string): Promise<DeadLetterView> {
    await this.find(scope, id);
    const [updated] = rowsOf<any>(
      await this.dataSource.query(
        `UPDATE dead_letter SET status = 'discarded', resolved_at = now(), resolved_by = $2, resolution_note = $3
        WHERE id = $1 AND status = 'parked' RETURNING *`,
        [id, by, reason],
      ),
    );
    return toView(updated ?? (await this.find(scope, id)));
  }

  /** Another council's parked message is as unknown to a council's administrator as one that does not exist. */
  private async find(scope: DeadLetterScope, id: string): Promise<any> {
    const [row] = await this.dataSource.query(`SELECT * FROM dead_letter WHERE id = $1 AND ${scopeSql(scope, 2)}`, [id, scopeValue(scope)]);
    if (!row) throw new DeadLetterNotFoundError(id);
    return row;
  }
}

/**
 * Parked messages and inbox entries do not grow without bound: a dead letter (with its raw payload) is kept
 * `deadLetterDays` after it was parked; an inbox entry `inboxDays`, which must outlast the longest topic
 * retention so an event redelivered from the log's start is still recognised (ADR 0013).
 */
export async function pruneMessagingTables(
  dataSource: DataSource,
  retention: { deadLetterDays: number; inboxDays: number },
): Promise<{ deadLetters: number; inbox: number }> {
  const [, deadLetters] = await dataSource.query(`DELETE FROM dead_letter WHERE parked_at < now() - make_interval(days => $1)`, [
    retention.deadLetterDays,
  ]);
  const [, inbox] = await dataSource.query(`DELETE FROM inbox WHERE processed_at < now() - make_interval(days => $1)`, [
    retention.inboxDays,
  ]);
  return { deadLetters, inbox };
}

function toView(r: any): DeadLetterView {
  return {
    id: String(r.id),
    consumer: r.consumer,
    tenantId: r.tenant_id ?? null,
    topic: r.topic,
    partition: r.partition,
    offset: r.offset,
    key: r.message_key,
    eventId: r.event_id,
    eventType: r.event_type,
    reason: r.reason,
    error: r.error,
    attempts: r.attempts,
    status: r.status,
    parkedAt: new Date(r.parked_at).toISOString(),
    resolvedAt: r.resolved_at ? new Date(r.resolved_at).toISOString() : null,
    resolvedBy: r.resolved_by,
    resolutionNote: r.resolution_note,
  };
}
