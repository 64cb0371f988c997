import { IsIn, IsInt, IsISO8601, IsNumber, IsOptional, Matches, Min } from 'class-validator';
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
