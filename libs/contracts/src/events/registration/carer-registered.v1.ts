import { IsBoolean, IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { Topics } from '../../topics/topic-registry';

export const CARER_KINDS = ['adult', 'young', 'parent'] as const;
export type CarerKind = (typeof CARER_KINDS)[number];
export const AGE_BANDS = ['0-17', '18-24', '25-49', '50-64', '65-74', '75+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
/** Hours of care a week, in the bands councils report (SALT). */
export const HOURS_BANDS = ['0-19', '20-34', '35-49', '50+'] as const;
export type HoursBand = (typeof HOURS_BANDS)[number];

/** A carer joined the register. Carries no personal data: ids, codes and bands only. */
export class CarerRegistered {
  static readonly type = 'registration.carer.registered';
  static readonly topic = Topics.registrationCarer;
  static readonly description = 'A carer was added to the register.';

  @IsUUID() carerId!: string;
  @IsIn(CARER_KINDS) kind!: CarerKind;
  @IsIn(AGE_BANDS) ageBand!: AgeBand;
  @IsOptional() @Matches(/^[A-Za-z0-9-]{2,40}$/) providerId?: string;
  @IsISO8601({ strict: true }) registeredOn!: string;
  @IsOptional() @Matches(/^[a-z0-9-]{2,40}$/) areaBoard?: string;
  @IsOptional() @IsIn(HOURS_BANDS) hoursBand?: HoursBand;
  @IsOptional() @IsBoolean() gpConsent?: boolean;
  /** The carer asked for an assessment when registering. */
  @IsOptional() @IsBoolean() assessmentRequested?: boolean;
}
