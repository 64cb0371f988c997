import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { TransitionCandidate, TransitionWatch } from '../application/transition-watch.repository';

interface CandidateRow {
  id: string;
  version: number;
  provider_id: string | null;
  date_of_birth: string;
}

@Injectable()
export class SqlTransitionWatch extends TransitionWatch {
  async claimDue(tx: Tx, bornOnOrBefore: string, limit: number): Promise<TransitionCandidate[]> {
    const rows = await tx.query<CandidateRow>(
      `SELECT id, version, provider_id, to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth FROM carer
        WHERE tenant_id = $3 AND kind = 'young' AND status = 'active' AND transition_due_sent_on IS NULL AND date_of_birth <= $1
        ORDER BY date_of_birth LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [bornOnOrBefore, limit, tx.tenantId],
    );
    return rows.map((r) => ({ carerId: r.id, version: r.version, providerId: r.provider_id ?? undefined, dateOfBirth: r.date_of_birth }));
  }

  async markSent(tx: Tx, carerIds: string[], on: string): Promise<void> {
    if (carerIds.length)
      await tx.query(`UPDATE carer SET transition_due_sent_on = $2 WHERE tenant_id = $3 AND id = ANY($1::uuid[])`, [
        carerIds,
        on,
        tx.tenantId,
      ]);
  }
}
