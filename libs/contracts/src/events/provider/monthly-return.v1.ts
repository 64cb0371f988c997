import { IsIn, IsInt, IsNumber, Matches, Max, Min } from 'class-validator';
import { PROVIDER_ID, Topics } from '../../topics/topic-registry';

/** Measures that only a provider can report, once a month. */
export const RETURN_MEASURES = ['listened-to-and-respected', 'support-groups-run'] as const;

export class ProviderMonthlyReturn {
  static readonly type = 'provider.monthly-return.submitted';
  static readonly topic = Topics.providerMonthlyReturn;
  /** Must name the provider whose topic it came on (ADR 0014). */
  static readonly senderField = 'providerId';
  static readonly description = "A consortium member's monthly return for a measure events cannot give (a survey mean, groups run).";

  @Matches(PROVIDER_ID) providerId!: string;
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/) period!: string;
  @IsIn(RETURN_MEASURES) measure!: string;
  @IsNumber() @Min(0) @Max(100000) value!: number;
  /** Survey responses behind a mean, or 1 for a count. */
  @IsInt() @Min(0) @Max(1000000) responses!: number;
}
