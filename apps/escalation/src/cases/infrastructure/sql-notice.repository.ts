import { Injectable } from '@nestjs/common';
import { NoticeAnswer, NoticeDisputeOutcome } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { Notice, NoticeFigure } from '../domain/notice';
import { NewNotice, NoticeRepository } from '../application/notice.repository';

interface NoticeRow extends Omit<Notice, 'answer' | 'decision' | 'fromStage' | 'actBy' | 'contractId'> {
  fromStage: Notice['fromStage'] | null;
  actBy: string | null;
  contractId: string | null;
  answer: NoticeAnswer | null;
  grounds: string | null;
  answeredBy: string | null;
  answeredOn: string | null;
  outcome: NoticeDisputeOutcome | null;
  decisionReason: string | null;
  decidedBy: string | null;
  decidedOn: string | null;
}

const day = (column: string, as: string) => `to_char(${column}, 'YYYY-MM-DD') AS "${as}"`;
const COLUMNS = `id, case_id AS "caseId", provider_id AS "providerId", kpi_id AS "kpiId", kind, from_stage AS "fromStage",
  ${day('served_on', 'servedOn')}, ${day('respond_by', 'respondBy')}, response_days AS "responseDays", ${day('act_by', 'actBy')},
  addressee, council, contract_id AS "contractId", figures, policy_version AS "policyVersion", status, paused_case AS "pausedCase",
  answer, grounds, answered_by AS "answeredBy", ${day('answered_on', 'answeredOn')},
  outcome, decision_reason AS "decisionReason", decided_by AS "decidedBy", ${day('decided_on', 'decidedOn')}`;

function toNotice(r: NoticeRow): Notice {
  const { fromStage, actBy, contractId, answer, grounds, answeredBy, answeredOn, outcome, decisionReason, decidedBy, decidedOn, ...rest } =
    r;
  return {
    ...rest,
    ...(fromStage ? { fromStage } : {}),
    ...(actBy ? { actBy } : {}),
    ...(contractId ? { contractId } : {}),
    ...(answer ? { answer: { answer, ...(grounds ? { grounds } : {}), by: answeredBy!, on: answeredOn! } } : {}),
    ...(outcome ? { decision: { outcome, reason: decisionReason!, by: decidedBy!, on: decidedOn! } } : {}),
  };
}

@Injectable()
export class SqlNoticeRepository extends NoticeRepository {
  async serve(tx: Tx, n: NewNotice) {
    await tx.query(
      `INSERT INTO notice (id, tenant_id, case_id, provider_id, kpi_id, kind, from_stage, served_on, respond_by, response_days, act_by,
                           addressee, council, contract_id, figures, policy_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [
        n.id,
        tx.tenantId,
        n.caseId,
        n.providerId,
        n.kpiId,
        n.kind,
        n.fromStage ?? null,
        n.servedOn,
        n.respondBy,
        n.responseDays,
        n.actBy ?? null,
        n.addressee,
        n.council,
        n.contractId ?? null,
        JSON.stringify(n.figures),
        n.policyVersion,
      ],
    );
  }

  async byId(tx: Tx, id: string) {
    const [row] = await tx.query<NoticeRow>(`SELECT ${COLUMNS} FROM notice WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [tx.tenantId, id]);
    return row ? toNotice(row) : undefined;
  }

  async ofCase(tx: Tx, caseId: string) {
    const rows = await tx.query<NoticeRow>(`SELECT ${COLUMNS} FROM notice WHERE tenant_id = $1 AND case_id = $2 ORDER BY served_on, kind`, [
      tx.tenantId,
      caseId,
    ]);
    return rows.map(toNotice);
  }

  async answer(tx: Tx, id: string, a: { answer: NoticeAnswer; grounds?: string; by: string; on: string; pausedCase: boolean }) {
    await tx.query(
      `UPDATE notice SET status = $3, answer = $4, grounds = $5, answered_by = $6, answered_on = $7, paused_case = $8 WHERE tenant_id = $1 AND id = $2`,
      [tx.tenantId, id, a.answer === 'accept' ? 'accepted' : 'disputed', a.answer, a.grounds ?? null, a.by, a.on, a.pausedCase],
    );
  }

  async decide(tx: Tx, id: string, d: { outcome: NoticeDisputeOutcome; reason: string; by: string; on: string }) {
    await tx.query(
      `UPDATE notice SET status = $3, outcome = $4, decision_reason = $5, decided_by = $6, decided_on = $7 WHERE tenant_id = $1 AND id = $2`,
      [tx.tenantId, id, d.outcome === 'upheld' ? 'withdrawn' : 'stands', d.outcome, d.reason, d.by, d.on],
    );
  }

  figuresFor(tx: Tx, caseId: string) {
    return tx.query<NoticeFigure>(
      `SELECT m.period, coalesce(m.closed_status, m.status) AS status, coalesce(m.closed_breached, m.breached) AS breached,
              coalesce(m.closed_value, m.value)::float AS value, m.target::float AS target, m.floor::float AS floor,
              coalesce(m.closure, 'live') AS closure
         FROM kpi_month m JOIN performance_case c ON c.tenant_id = m.tenant_id AND c.provider_id = m.provider_id AND c.kpi_id = m.kpi_id
        WHERE c.tenant_id = $1 AND c.id = $2 AND m.period >= to_char((c.opened_period || '-01')::date - interval '2 months', 'YYYY-MM')
        ORDER BY m.period`,
      [tx.tenantId, caseId],
    );
  }
}
