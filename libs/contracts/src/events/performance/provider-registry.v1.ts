import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PROVIDER_ID, Topics } from '../../topics/topic-registry';

export const PROVIDER_ROLES = ['lead', 'member'] as const;
export type ProviderRole = (typeof PROVIDER_ROLES)[number];

/**
 * A provider's standing with one council (the event's tenantid): the consortium it delivers in, its role, and
 * whether it may report. Every service that takes provider input keeps the latest of these and refuses events
 * for a council the sender holds no contract with (ADR 0014). Keyed `<provider id>:<council id>`.
 */
export class ProviderContractRecorded {
  static readonly type = 'performance.provider.contract-recorded';
  static readonly topic = Topics.performanceProvider;
  static readonly description =
    "A provider's contract with a council recorded or ended: its consortium, its role, and whether it may report for that council.";

  @Matches(PROVIDER_ID) providerId!: string;
  @Matches(/^[a-z0-9][a-z0-9-]{1,59}$/) consortiumId!: string;
  @IsIn(PROVIDER_ROLES) role!: ProviderRole;
  /** False once the contract has ended: from then on the provider's events for this council are refused. */
  @IsBoolean() active!: boolean;
  /** The organisation as people know it ("Vale Family Support"), for alerts a person reads (issue 18); never a person's name. */
  @IsOptional() @IsString() @MaxLength(120) organisation?: string;
}
