import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  ValidateNested,
} from 'class-validator';
import { PROVIDER_ID, Topics } from '../../topics/topic-registry';
import { IsWellbeingScores } from '../assessments/assessment.v1';
import { ASSESSMENT_METHODS, REVIEW_TYPES } from '../assessments/assessment-codes';

const DAY = { strict: true } as const;
export const ELIGIBILITY_OUTCOMES = [
  'child-caring-responsibilities',
  'caring-for-others',
  'habitable-home',
  'nutrition',
  'relationships',
  'work-training-education-volunteering',
  'community-facilities',
  'recreation',
] as const;
export const INABILITY_REASONS = ['without-assistance', 'significant-pain-distress-anxiety', 'endangers-health-or-safety'] as const;

/**
 * Events that consortium members' own systems publish on provider.assessment-activity.v1. Each carries the dates
 * of the steps before it, so the platform can apply them in any order and never roll a later fact back.
 */
export class ProviderAssessmentContacted {
  static readonly type = 'provider.assessment.contacted';
  static readonly topic = Topics.providerAssessmentActivity;
  /** Must name the provider whose topic it came on (ADR 0014). */
  static readonly senderField = 'providerId';
  static readonly description = 'A provider first contacted the carer about a delegated assessment.';

  @Matches(PROVIDER_ID) providerId!: string;
  @IsUUID() assessmentId!: string;
  @IsISO8601(DAY) contactedOn!: string;
}

export class ProviderAssessmentCommenced {
  static readonly type = 'provider.assessment.commenced';
  static readonly topic = Topics.providerAssessmentActivity;
  /** Must name the provider whose topic it came on (ADR 0014). */
  static readonly senderField = 'providerId';
  static readonly description = 'A provider started a delegated assessment.';

  @Matches(PROVIDER_ID) providerId!: string;
  @IsUUID() assessmentId!: string;
  @IsOptional() @IsISO8601(DAY) contactedOn?: string;
  @IsISO8601(DAY) commencedOn!: string;
}

export class OutcomeInability {
  @IsIn(ELIGIBILITY_OUTCOMES) outcome!: string;
  @IsIn(INABILITY_REASONS) reason!: string;
}

/** The facts of the three reg 3 conditions, as the assessor found them. */
export class EligibilityFindings {
  @IsBoolean() necessaryCare!: boolean;
  @IsBoolean() healthAtRisk!: boolean;
  @IsArray() @ArrayMaxSize(8) @ValidateNested({ each: true }) @Type(() => OutcomeInability) unableToAchieve!: OutcomeInability[];
  @IsBoolean() significantImpact!: boolean;
}

export class ProviderAssessmentCompleted {
  static readonly type = 'provider.assessment.completed';
  static readonly topic = Topics.providerAssessmentActivity;
  /** Must name the provider whose topic it came on (ADR 0014). */
  static readonly senderField = 'providerId';
  static readonly description = 'A provider completed a delegated assessment, with its content and the eligibility findings.';

  @Matches(PROVIDER_ID) providerId!: string;
  @IsUUID() assessmentId!: string;
  @IsOptional() @IsISO8601(DAY) contactedOn?: string;
  @IsISO8601(DAY) commencedOn!: string;
  @IsISO8601(DAY) completedOn!: string;
  @IsIn(ASSESSMENT_METHODS) method!: string;
  /** Which items of the assessment type's required content were covered (codes only; the words stay in the provider's system or go over HTTPS). */
  @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Matches(/^[a-z-]{2,60}$/, { each: true }) covered!: string[];
  /** Assessment Regs reg 4(3): a child appears to be providing care. */
  @IsOptional() @IsBoolean() childInvolvedInCaring?: boolean;
  @IsOptional() @ValidateNested() @Type(() => EligibilityFindings) eligibility?: EligibilityFindings;
}

export class ProviderSupportPlanAgreed {
  static readonly type = 'provider.support-plan.agreed';
  static readonly topic = Topics.providerAssessmentActivity;
  /** Must name the provider whose topic it came on (ADR 0014). */
  static readonly senderField = 'providerId';
  static readonly description = 'A provider agreed a support plan with the carer.';

  @Matches(PROVIDER_ID) providerId!: string;
  @IsUUID() assessmentId!: string;
  @IsISO8601(DAY) agreedOn!: string;
  @IsBoolean() directPayment!: boolean;
  @IsObject() @IsWellbeingScores() entryScores!: Record<string, number>;
}

export class ProviderReviewCompleted {
  static readonly type = 'provider.review.completed';
  static readonly topic = Topics.providerAssessmentActivity;
  /** Must name the provider whose topic it came on (ADR 0014). */
  static readonly senderField = 'providerId';
  static readonly description = 'A provider reviewed a support plan with the carer.';

  @Matches(PROVIDER_ID) providerId!: string;
  @IsUUID() assessmentId!: string;
  @IsUUID() reviewId!: string;
  @IsIn(REVIEW_TYPES) reviewType!: string;
  @IsISO8601(DAY) completedOn!: string;
  @IsObject() @IsWellbeingScores() scores!: Record<string, number>;
}
