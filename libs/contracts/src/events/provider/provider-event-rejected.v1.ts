import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { Topics } from '../../topics/topic-registry';

export const REJECTION_REASONS = ['malformed-json', 'too-large', 'too-deep', 'schema-invalid', 'unknown-type', 'domain-rule', 'retries-exhausted'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** An inbound provider event was refused and parked; the sending system learns why. Keyed by provider id. */
export class ProviderEventRejected {
  static readonly type = 'provider.event.rejected';
  static readonly topic = Topics.providerRejections;
  static readonly description = 'An event a provider system published was refused; the reason says what to fix.';

  @IsString() @MaxLength(80) providerId!: string;
  @IsOptional() @IsString() @MaxLength(100) rejectedEventId?: string;
  @IsOptional() @IsString() @MaxLength(100) rejectedEventType?: string;
  @IsString() topic!: string;
  @IsInt() @Min(0) partition!: number;
  @IsString() offset!: string;
  @IsIn(REJECTION_REASONS) reason!: RejectionReason;
  @IsString() @MaxLength(2000) detail!: string;
}
