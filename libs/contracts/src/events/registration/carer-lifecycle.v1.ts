import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { Topics } from '../../topics/topic-registry';
import { AGE_BANDS, AgeBand, CARER_KINDS, CarerKind, HOURS_BANDS, HoursBand } from './carer-registered.v1';

const CODE = /^[A-Za-z0-9-]{2,40}$/;
export const DEREGISTRATION_REASONS = ['no-longer-caring', 'moved-away', 'died', 'carer-request', 'cared-for-died', 'other'] as const;
export type DeregistrationReason = (typeof DEREGISTRATION_REASONS)[number];
export const CONSENT_PURPOSES = [
  'share-with-provider',
  'notify-gp',
  'contact-by-text',
  'contact-by-email',
  'research',
  'emergency-plan-contacts',
] as const;
export const LAWFUL_BASES = ['consent', 'public-task', 'legal-obligation', 'vital-interests'] as const;
export const RELATIONSHIPS = [
  'spouse-or-partner',
  'parent',
  'child',
  'sibling',
  'grandparent',
  'grandchild',
  'other-relative',
  'friend',
  'neighbour',
] as const;

/** A carer's record changed; names the fields (never their values) and carries the new codes and bands. */
export class CarerUpdated {
  static readonly type = 'registration.carer.updated';
  static readonly topic = Topics.registrationCarer;
  static readonly description = "A carer's record was corrected or brought up to date; lists which fields changed, not their values.";

  @IsUUID() carerId!: string;
  @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @Matches(/^[a-zA-Z0-9]{2,40}$/, { each: true }) changedFields!: string[];
  @IsIn(CARER_KINDS) kind!: CarerKind;
  @IsIn(AGE_BANDS) ageBand!: AgeBand;
  @IsOptional() @Matches(/^[a-z0-9-]{2,40}$/) areaBoard?: string;
  @IsOptional() @IsIn(HOURS_BANDS) hoursBand?: HoursBand;
  @IsOptional() @Matches(CODE) providerId?: string;
  @IsOptional() @IsBoolean() gpConsent?: boolean;
  @IsISO8601({ strict: true }) updatedOn!: string;
}

/** A carer left the register (the record stays until its retention period ends). */
export class CarerDeregistered {
  static readonly type = 'registration.carer.deregistered';
  static readonly topic = Topics.registrationCarer;
  static readonly description = 'A carer left the register, with a coded reason.';

  @IsUUID() carerId!: string;
  @IsIn(DEREGISTRATION_REASONS) reason!: DeregistrationReason;
  @IsOptional() @Matches(CODE) providerId?: string;
  @IsISO8601({ strict: true }) deregisteredOn!: string;
}

/** Two records were found to be one person: the merged record now points at the survivor. */
export class CarerMerged {
  static readonly type = 'registration.carer.merged';
  static readonly topic = Topics.registrationCarer;
  static readonly description = 'Two records of one person were merged; everything about mergedId now belongs to survivorId.';

  @IsUUID() survivorId!: string;
  @IsUUID() mergedId!: string;
  @IsISO8601({ strict: true }) mergedOn!: string;
}

/** The person's identity was removed (erasure request or end of retention); statistics survive. */
export class CarerAnonymised {
  static readonly type = 'registration.carer.anonymised';
  static readonly topic = Topics.registrationCarer;
  static readonly description = "A carer's identity was removed from the register; consumers drop anything that could re-identify them.";

  @IsUUID() carerId!: string;
  @IsIn(['erasure-request', 'retention']) cause!: 'erasure-request' | 'retention';
  @IsISO8601({ strict: true }) anonymisedOn!: string;
}

/** The consortium member that supports this carer changed. */
export class ProviderAllocated {
  static readonly type = 'registration.carer.provider-allocated';
  static readonly topic = Topics.registrationCarer;
  static readonly description = 'A carer was allocated to a consortium member (or moved from one to another).';

  @IsUUID() carerId!: string;
  @Matches(CODE) providerId!: string;
  @IsOptional() @Matches(CODE) previousProviderId?: string;
  @IsISO8601({ strict: true }) allocatedOn!: string;
}

/** A consent was given or withdrawn. */
export class ConsentChanged {
  static readonly type = 'registration.carer.consent-changed';
  static readonly topic = Topics.registrationCarer;
  static readonly description = 'A carer gave or withdrew a consent for a purpose.';

  @IsUUID() carerId!: string;
  @IsUUID() consentId!: string;
  @IsIn(CONSENT_PURPOSES) purpose!: string;
  @IsIn(LAWFUL_BASES) lawfulBasis!: string;
  @IsIn(['given', 'withdrawn']) status!: 'given' | 'withdrawn';
  @IsISO8601({ strict: true }) changedOn!: string;
}

/** A carer began caring for a person. */
export class CaringRelationshipStarted {
  static readonly type = 'registration.carer.relationship-started';
  static readonly topic = Topics.registrationCarer;
  static readonly description = 'A caring relationship between a carer and a person they care for began.';

  @IsUUID() relationshipId!: string;
  @IsUUID() carerId!: string;
  @IsUUID() caredForId!: string;
  @IsIn(RELATIONSHIPS) relationship!: string;
  @IsISO8601({ strict: true }) startedOn!: string;
}

/** A carer stopped caring for a person. */
export class CaringRelationshipEnded {
  static readonly type = 'registration.carer.relationship-ended';
  static readonly topic = Topics.registrationCarer;
  static readonly description = 'A caring relationship ended.';

  @IsUUID() relationshipId!: string;
  @IsUUID() carerId!: string;
  @IsUUID() caredForId!: string;
  @IsISO8601({ strict: true }) endedOn!: string;
}

/** A young carer is approaching 18: a transition assessment (Care Act s63) is due. Month only, never the birth date. */
export class YoungCarerTransitionDue {
  static readonly type = 'registration.carer.transition-due';
  static readonly topic = Topics.registrationCarer;
  static readonly description = 'A young carer is approaching 18, so a transition assessment (Care Act 2014 s63) should be offered.';

  @IsUUID() carerId!: string;
  @IsOptional() @Matches(CODE) providerId?: string;
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/) turns18In!: string;
  @IsISO8601({ strict: true }) dueOn!: string;
}
