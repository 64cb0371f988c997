import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { ContractTermsRepository, RecordedTerms } from '../application/contract-terms.repository';
import { ContractTerms } from '../domain/credits';

interface TermsRow {
  annualValuePence: string;
  perBreachedMonthPercent: string;
  capPerKpiPercent: string;
  capTotalPercent: string;
}

@Injectable()
export class SqlContractTermsRepository extends ContractTermsRepository {
  async record(tx: Tx, t: RecordedTerms): Promise<void> {
    await tx.query(
      `INSERT INTO contract_terms (tenant_id, contract_id, consortium_id, annual_value_pence, starts_on, ends_on,
                                   per_breached_month_percent, cap_per_kpi_percent, cap_total_percent, recorded_at, consortium_organisation)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (tenant_id, contract_id) DO UPDATE SET consortium_id = $3, annual_value_pence = $4, starts_on = $5, ends_on = $6,
         per_breached_month_percent = $7, cap_per_kpi_percent = $8, cap_total_percent = $9, recorded_at = $10, consortium_organisation = $11
       WHERE contract_terms.recorded_at <= EXCLUDED.recorded_at`,
      [
        tx.tenantId,
        t.contractId,
        t.consortiumId,
        t.annualValuePence,
        t.startsOn,
        t.endsOn,
        t.perBreachedMonthPercent,
        t.capPerKpiPercent,
        t.capTotalPercent,
        t.recordedAt,
        t.consortiumOrganisation,
      ],
    );
  }

  async forHolder(tx: Tx, consortiumId: string, period: string): Promise<ContractTerms | undefined> {
    const [row] = await tx.query<TermsRow>(
      `SELECT annual_value_pence AS "annualValuePence", per_breached_month_percent AS "perBreachedMonthPercent",
              cap_per_kpi_percent AS "capPerKpiPercent", cap_total_percent AS "capTotalPercent"
         FROM contract_terms
        WHERE tenant_id = $1 AND consortium_id = $2 AND starts_on <= ($3 || '-01')::date AND ends_on >= ($3 || '-01')::date
        ORDER BY starts_on DESC LIMIT 1`,
      [tx.tenantId, consortiumId, period],
    );
    return row
      ? {
          annualValuePence: Number(row.annualValuePence),
          perBreachedMonthPercent: Number(row.perBreachedMonthPercent),
          capPerKpiPercent: Number(row.capPerKpiPercent),
          capTotalPercent: Number(row.capTotalPercent),
        }
      : undefined;
  }

  async contractIdOn(tx: Tx, consortiumId: string, day: string): Promise<string | undefined> {
    const [row] = await tx.query<{ contractId: string }>(
      `SELECT contract_id AS "contractId" FROM contract_terms
        WHERE tenant_id = $1 AND consortium_id = $2 AND starts_on <= $3::date AND ends_on >= $3::date ORDER BY starts_on DESC LIMIT 1`,
      [tx.tenantId, consortiumId, day],
    );
    return row?.contractId;
  }
}
