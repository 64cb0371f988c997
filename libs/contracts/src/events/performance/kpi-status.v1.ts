import { IsBoolean, IsIn, IsInt, IsISO8601, IsNumber, IsOptional, Matches, Min } from 'class-validator';
import { Topics } from '../../topics/topic-registry';

export const RAG_STATUSES = ['green', 'amber', 'red', 'insufficient-data'] as const;
export type RagStatus = (typeof RAG_STATUSES)[number];
export const ATTRIBUTIONS = ['member', 'consortium'] as const;

const KPI = /^[a-z0-9-]{2,60}$/;
const PROVIDER = /^[a-z0-9-]{2,40}$/;
const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A KPI's value for one provider (or the whole consortium) and one month, and its RAG status. */
class KpiFacts {
  @Matches(KPI) kpiId!: string;
  @IsInt() @Min(1) definitionVersion!: number;
  @Matches(PROVIDER) providerId!: string;
  @IsIn(ATTRIBUTIONS) attribution!: 'member' | 'consortium';
  @Matches(PERIOD) period!: string;
  @IsOptional() @IsNumber() value?: number;
  @IsOptional() @IsInt() @Min(0) numerator?: number;
  @IsOptional() @IsInt() @Min(0) denominator?: number;
  @IsIn(RAG_STATUSES) status!: RagStatus;
  /** The thresholds and breach rule the status was judged by, so a consumer can say why. */
  @IsOptional() @IsNumber() target?: number;
  @IsOptional() @IsNumber() floor?: number;
  @IsOptional() @Matches(/^(red|consecutive:\d{1,2}|in-last:\d{1,2}\/\d{1,2})$/) breachRule?: string;
  @IsISO8601() measuredAt!: string;
}

export class KpiMeasured extends KpiFacts {
  static readonly type = 'performance.kpi.measured';
  static readonly topic = Topics.performanceKpiStatus;
  static readonly description = "A KPI's value or RAG status changed for a provider (or the consortium) and month.";
}

export class KpiBreached extends KpiFacts {
  static readonly type = 'performance.kpi.breached';
  static readonly topic = Topics.performanceKpiStatus;
  static readonly description = 'A KPI went into breach under its breach rule (by default: red) for a provider and month.';
}

export class KpiRecovered extends KpiFacts {
  static readonly type = 'performance.kpi.recovered';
  static readonly topic = Topics.performanceKpiStatus;
  static readonly description = 'A KPI in breach came out of it for a provider and month.';
}

export const MONTH_CLOSURES = ['provisional', 'confirmed'] as const;
export type MonthClosure = (typeof MONTH_CLOSURES)[number];
export const CLEARANCES = ['relief', 'dispute-upheld'] as const;
export type Clearance = (typeof CLEARANCES)[number];

/**
 * A month's figure as the council's month close holds it (ADR 0016): frozen when the month ends (provisional, open
 * to dispute), announced again when an upheld dispute or relief changes it, and once more when the month is
 * confirmed. Once a month is closed its closed figure, not the live one, decides it in escalation.
 */
export class KpiMonthClosed extends KpiFacts {
  static readonly type = 'performance.kpi.month-closed';
  static readonly topic = Topics.performanceKpiStatus;
  static readonly description =
    "A KPI's figure for a provider (or the consortium) and a closed month: provisional at month end, confirmed after the dispute window; breached is after relief.";

  @IsIn(MONTH_CLOSURES) closure!: MonthClosure;
  /** In breach as closed: after relief and any upheld dispute. */
  @IsBoolean() breached!: boolean;
  /** Why a month the live figures had in breach is not in breach as closed: relief granted, or a dispute upheld. */
  @IsOptional() @IsIn(CLEARANCES) clearedBy?: Clearance;
}
