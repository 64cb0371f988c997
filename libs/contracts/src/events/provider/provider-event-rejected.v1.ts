import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { PROVIDER_ID, Topics } from '../../topics/topic-registry';

export const REJECTION_REASONS = [
  'malformed-json',
  'too-large',
  'too-deep',
  'schema-invalid',
  'unknown-type',
  // ADR 0014: the event names another provider than the one whose topic it came on; or a council the sender holds no contract with
  'wrong-sender',
  'wrong-tenant',
  'domain-rule',
  'retries-exhausted',
  // ADR 0027: it reported a step before the one it follows, and that one never arrived within the hold limit
  'held-expired',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/**
 * An inbound provider event was refused and parked; the sending system learns why, on its own rejections topic
 * (provider.rejections.v1.<provider id>, readable by it alone). Keyed and stamped with the provider the topic it
 * came on belongs to, never with what the message said (ADR 0014).
 */
export class ProviderEventRejected {
  static readonly type = 'provider.event.rejected';
  static readonly topic = Topics.providerRejections;
  static readonly description = 'An event a provider system published was refused; the reason says what to fix.';

  @Matches(PROVIDER_ID) providerId!: string;
  @IsOptional() @IsString() @MaxLength(100) rejectedEventId?: string;
  @IsOptional() @IsString() @MaxLength(100) rejectedEventType?: string;
  @IsString() topic!: string;
  @IsInt() @Min(0) partition!: number;
  @IsString() offset!: string;
  @IsIn(REJECTION_REASONS) reason!: RejectionReason;
  @IsString() @MaxLength(2000) detail!: string;
}
