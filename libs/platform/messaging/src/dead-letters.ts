import { DomainError } from '@carers/contracts';
import { DataSource } from 'typeorm';
import { InboxProcessor } from './inbox-processor';

export interface DeadLetterView {
  id: string;
  consumer: string;
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

export class DeadLetterNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `There is no dead letter ${id}.`);
  }
}

/** What an operator does with parked messages: look, replay once the cause is fixed, or discard with a reason. */
export class DeadLetters {
  constructor(private readonly dataSource: DataSource, private readonly inbox: InboxProcessor) {}

  async list(status = 'parked', limit = 100): Promise<DeadLetterView[]> {
    const rows = await this.dataSource.query(
      `SELECT * FROM dead_letter WHERE ($1 = 'all' OR status = $1) ORDER BY id LIMIT $2`, [status, Math.min(limit, 1000)]);
    return rows.map(toView);
  }

  async replay(id: string, by: string): Promise<DeadLetterView> {
    const [row] = await this.dataSource.query(`SELECT * FROM dead_letter WHERE id = $1`, [id]);
    if (!row) throw new DeadLetterNotFoundError(id);
    if (row.status !== 'parked') return toView(row); // replaying again changes nothing
    const outcome = await this.inbox.replay(row);
    const [updated] = returned(await this.dataSource.query(
      outcome.applied
        ? `UPDATE dead_letter SET status = 'replayed', resolved_at = now(), resolved_by = $2, resolution_note = 'replayed' WHERE id = $1 AND status = 'parked' RETURNING *`
        : `UPDATE dead_letter SET attempts = attempts + 1, error = $2 WHERE id = $1 RETURNING *`,
      outcome.applied ? [id, by] : [id, outcome.error],
    ));
    return toView(updated ?? row);
  }

  async replayAll(by: string): Promise<{ replayed: number; stillParked: number }> {
    const ids: { id: string }[] = await this.dataSource.query(`SELECT id FROM dead_letter WHERE status = 'parked' ORDER BY id`);
    let replayed = 0;
    for (const { id } of ids) if ((await this.replay(id, by)).status === 'replayed') replayed++;
    return { replayed, stillParked: ids.length - replayed };
  }

  async discard(id: string, by: string, reason: string): Promise<DeadLetterView> {
    const [updated] = returned(await this.dataSource.query(
      `UPDATE dead_letter SET status = 'discarded', resolved_at = now(), resolved_by = $2, resolution_note = $3
        WHERE id = $1 AND status = 'parked' RETURNING *`, [id, by, reason]));
    if (updated) return toView(updated);
    const [row] = await this.dataSource.query(`SELECT * FROM dead_letter WHERE id = $1`, [id]);
    if (!row) throw new DeadLetterNotFoundError(id);
    return toView(row);
  }
}

function toView(r: any): DeadLetterView {
  return {
    id: String(r.id), consumer: r.consumer, topic: r.topic, partition: r.partition, offset: r.offset, key: r.message_key,
    eventId: r.event_id, eventType: r.event_type, reason: r.reason, error: r.error, attempts: r.attempts, status: r.status,
    parkedAt: new Date(r.parked_at).toISOString(), resolvedAt: r.resolved_at ? new Date(r.resolved_at).toISOString() : null,
    resolvedBy: r.resolved_by, resolutionNote: r.resolution_note,
  };
}

/** TypeORM answers UPDATE ... RETURNING with [rows, affected]; SELECT with rows. */
function returned(result: any): any[] {
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number' ? result[0] : result;
}
