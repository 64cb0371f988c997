import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { InvestigationOutcome, JointInvestigation } from '../domain/joint-investigation';
import { JointInvestigationRepository } from '../application/joint-investigation.repository';

type Row = Omit<JointInvestigation, 'concludedOn' | 'concludedBy' | 'findings' | 'outcome'> & {
  concludedOn: string | null;
  concludedBy: string | null;
  findings: string | null;
  outcome: InvestigationOutcome | null;
};

const COLUMNS = `id, case_id AS "caseId", to_char(agreed_on, 'YYYY-MM-DD') AS "agreedOn", agreed_by AS "agreedBy", terms,
  to_char(report_by, 'YYYY-MM-DD') AS "reportBy", to_char(concluded_on, 'YYYY-MM-DD') AS "concludedOn", concluded_by AS "concludedBy", findings, outcome`;

const toInvestigation = (r: Row): JointInvestigation =>
  Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null)) as unknown as JointInvestigation;

@Injectable()
export class SqlJointInvestigationRepository extends JointInvestigationRepository {
  async ofCase(tx: Tx, caseId: string) {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM joint_investigation WHERE tenant_id = $1 AND case_id = $2 ORDER BY agreed_on, id`,
      [tx.tenantId, caseId],
    );
    return rows.map(toInvestigation);
  }

  async open(tx: Tx, caseId: string) {
    const [row] = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM joint_investigation WHERE tenant_id = $1 AND case_id = $2 AND concluded_on IS NULL FOR UPDATE`,
      [tx.tenantId, caseId],
    );
    return row ? toInvestigation(row) : undefined;
  }

  async agree(tx: Tx, i: Omit<JointInvestigation, 'concludedOn' | 'concludedBy' | 'findings' | 'outcome'>) {
    await tx.query(
      `INSERT INTO joint_investigation (id, tenant_id, case_id, agreed_on, agreed_by, terms, report_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [i.id, tx.tenantId, i.caseId, i.agreedOn, i.agreedBy, i.terms, i.reportBy],
    );
  }

  async conclude(tx: Tx, id: string, c: { on: string; by: string; findings: string; outcome: InvestigationOutcome }) {
    await tx.query(
      `UPDATE joint_investigation SET concluded_on = $3, concluded_by = $4, findings = $5, outcome = $6 WHERE tenant_id = $1 AND id = $2`,
      [tx.tenantId, id, c.on, c.by, c.findings, c.outcome],
    );
  }
}
