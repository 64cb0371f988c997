import { IsInt, IsISO8601, IsNotEmpty, IsNumber, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Topics } from '../../topics/topic-registry';

const ID = /^[a-z0-9][a-z0-9-]{1,59}$/;
const DAY = { strict: true } as const;

/**
 * A contract the council (the event's tenant) let to a consortium: its value, its term and its service credit
 * schedule, as percentages (ADR 0018). Escalation prices a month's credit on it: a share of the monthly contract
 * value, capped per KPI and in total as shares of the year's charges. Keyed `<contract id>:<council id>`.
 */
export class ContractTermsRecorded {
  static readonly type = 'performance.contract.terms-recorded';
  static readonly topic = Topics.performanceContract;
  static readonly description =
    "A contract's annual value, term and service credit schedule (percentages of the charges), for pricing service credits (ADR 0018).";

  @Matches(ID) contractId!: string;
  /** The contract holder: the consortium whose figure costs money (ADR 0016). */
  @Matches(ID) consortiumId!: string;
  /** The consortium as people know it ("Carers Together"), for alerts a person reads (issue 18). */
  @IsString() @IsNotEmpty() @MaxLength(120) consortiumOrganisation!: string;
  @IsInt() @Min(0) @Max(100_000_000_000) annualValuePence!: number;
  @IsISO8601(DAY) startsOn!: string;
  @IsISO8601(DAY) endsOn!: string;
  /** A breached month's credit, as a percentage of the monthly contract value. */
  @IsNumber() @Min(0) @Max(100) perBreachedMonthPercent!: number;
  /** The most one KPI's credits may reach in a financial year, as a percentage of the annual value. */
  @IsNumber() @Min(0) @Max(100) capPerKpiPercent!: number;
  /** The most all credits may reach in a financial year, as a percentage of the annual value. */
  @IsNumber() @Min(0) @Max(100) capTotalPercent!: number;
}
