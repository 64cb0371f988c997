import {
  IsBoolean,
  IsIn,
  IsISO8601,
  IsInt,
  IsObject,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateBy,
  ValidationOptions,
} from 'class-validator';
import { Topics } from '../../topics/topic-registry';
import { DEREGISTRATION_REASONS } from '../registration/carer-lifecycle.v1';
import {
  ASSESSMENT_METHODS,
  ASSESSMENT_TYPES,
  AssessmentType,
  CLOCK_KINDS,
  ClockKind,
  REFERRAL_ROUTES,
  ReferralRoute,
  REVIEW_TYPES,
  ReviewType,
  WELLBEING_DOMAINS,
} from './assessment-codes';

const PROVIDER = /^[A-Za-z0-9-]{2,40}$/;
const DAY = { strict: true } as const;

/** Scores 1-5 keyed by wellbeing domain. */
export function IsWellbeingScores(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isWellbeingScores',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.entries(value).every(
            ([k, v]) =>
              (WELLBEING_DOMAINS as readonly string[]).includes(k) && Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5,
          ),
        defaultMessage: () => `$property must map wellbeing domains (${WELLBEING_DOMAINS.join(', ')}) to scores 1 to 5`,
      },
    },
    options,
  );
}

/** A request for a statutory assessment; open until commenced, it is on the waiting list. */
export class AssessmentRequested {
  static readonly type = 'assessments.assessment.requested';
  static readonly topic = Topics.assessmentsAssessment;
  static readonly description = 'A request for a statutory carer assessment was received and delegated (or not) to a consortium member.';

  @IsUUID() assessmentId!: string;
  @IsUUID() carerId!: string;
  @IsIn(ASSESSMENT_TYPES) assessmentType!: AssessmentType;
  @IsIn(REFERRAL_ROUTES) route!: ReferralRoute;
  @IsBoolean() fastTrack!: boolean;
  @IsOptional() @Matches(PROVIDER) providerId?: string;
  @IsISO8601(DAY) requestedOn!: string;
}

export class AssessmentContacted {
  static readonly type = 'assessments.assessment.contacted';
  static readonly topic = Topics.assessmentsAssessment;
  static readonly description = 'The carer was first contacted about their requested assessment.';

  @IsUUID() assessmentId!: string;
  @IsUUID() carerId!: string;
  @IsOptional() @Matches(PROVIDER) providerId?: string;
  @IsISO8601(DAY) requestedOn!: string;
  @IsISO8601(DAY) contactedOn!: string;
}

export class AssessmentCommenced {
  static readonly type = 'assessments.assessment.commenced';
  static readonly topic = Topics.assessmentsAssessment;
  static readonly description = 'The assessment started; it leaves the waiting list.';

  @IsUUID() assessmentId!: string;
  @IsUUID() carerId!: string;
  @IsIn(ASSESSMENT_TYPES) assessmentType!: AssessmentType;
  @IsBoolean() fastTrack!: boolean;
  @IsOptional() @Matches(PROVIDER) providerId?: string;
  @IsISO8601(DAY) requestedOn!: string;
  @IsISO8601(DAY) commencedOn!: string;
}

export class AssessmentCompleted {
  static readonly type = 'assessments.assessment.completed';
  static readonly topic = Topics.assessmentsAssessment;
  static readonly description = 'The assessment was completed, with the eligibility determination where the law makes one.';

  @IsUUID() assessmentId!: string;
  @IsUUID() carerId!: string;
  @IsIn(ASSESSMENT_TYPES) assessmentType!: AssessmentType;
  @IsOptional() @Matches(PROVIDER) providerId?: string;
  @IsIn(ASSESSMENT_METHODS) method!: string;
  @IsISO8601(DAY) requestedOn!: string;
  @IsISO8601(DAY) commencedOn!: string;
  @IsISO8601(DAY) completedOn!: string;
  /** Eligibility Regulations 2015 reg 3 determination; absent for assessments that make none. */
  @IsOptional() @IsBoolean() eligible?: boolean;
}

export class AssessmentRefused {
  static readonly type = 'assessments.assessment.refused';
  static readonly topic = Topics.assessmentsAssessment;
  static readonly description = 'The carer refused the assessment (Care Act s11); it is re-offered if circumstances change.';

  @IsUUID() assessmentId!: string;
  @IsUUID() carerId!: string;
  @IsOptional() @Matches(PROVIDER) providerId?: string;
  @IsISO8601(DAY) requestedOn!: string;
  @IsISO8601(DAY) refusedOn!: string;
}

/** Why a request was closed without an assessment: the carer left the register (with registration's reason), or was merged into another record. */
export const CLOSE_REASONS = [...DEREGISTRATION_REASONS, 'merged'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export class AssessmentClosed {
  static readonly type = 'assessments.assessment.closed';
  static readonly topic = Topics.assessmentsAssessment;
  static readonly description =
    'A request was closed before its assessment ended, because the carer left the register or was merged into another record; its clocks stop and it leaves the waiting list.';

  @IsUUID() assessmentId!: string;
  @IsUUID() carerId!: string;
  @IsOptional() @Matches(PROVIDER) providerId?: string;
  @IsISO8601(DAY) requestedOn!: string;
  @IsISO8601(DAY) closedOn!: string;
  @IsIn(CLOSE_REASONS) reason!: CloseReason;
}

export class SupportPlanAgreed {
  static readonly type = 'assessments.support-plan.agreed';
  static readonly topic = Topics.assessmentsAssessment;
  static readonly description = 'A support plan (Care Act s25) was agreed after an assessment.';

  @IsUUID() planId!: string;
  @IsUUID() assessmentId!: string;
  @IsUUID() carerId!: string;
  @IsOptional() @Matches(PROVIDER) providerId?: string;
  @IsISO8601(DAY) assessmentCompletedOn!: string;
  @IsISO8601(DAY) agreedOn!: string;
  @IsBoolean() directPayment!: boolean;
}

export class ReviewCompleted {
  static readonly type = 'assessments.review.completed';
  static readonly topic = Topics.assessmentsAssessment;
  static readonly description = 'A support plan review (Care Act s27) was completed, with wellbeing scores at entry and now.';

  @IsUUID() reviewId!: string;
  @IsUUID() planId!: string;
  @IsUUID() assessmentId!: string;
  @IsUUID() carerId!: string;
  @IsOptional() @Matches(PROVIDER) providerId?: string;
  @IsIn(REVIEW_TYPES) reviewType!: ReviewType;
  @IsISO8601(DAY) dueOn!: string;
  @IsISO8601(DAY) completedOn!: string;
  @IsObject() @IsWellbeingScores() entryScores!: Record<string, number>;
  @IsObject() @IsWellbeingScores() scores!: Record<string, number>;
}

/** A child appears to be providing care (Assessment Regs reg 4(3)); children's services should assess them. */
export class YoungCarerIdentified {
  static readonly type = 'assessments.young-carer.identified';
  static readonly topic = Topics.assessmentsAssessment;
  static readonly description = 'An assessment found a child who appears to be providing care; no detail of the child travels.';

  @IsUUID() assessmentId!: string;
  @IsUUID() carerId!: string;
  @IsOptional() @Matches(PROVIDER) providerId?: string;
  @IsISO8601(DAY) identifiedOn!: string;
}

class ClockFacts {
  @IsUUID() clockId!: string;
  @IsUUID() assessmentId!: string;
  @IsUUID() carerId!: string;
  @IsOptional() @Matches(PROVIDER) providerId?: string;
  @IsIn(CLOCK_KINDS) clock!: ClockKind;
  @IsISO8601(DAY) startedOn!: string;
  @IsISO8601(DAY) dueOn!: string;
  @IsInt() @Min(0) @Max(3650) pausedDays!: number;
}

export class ClockWarningRaised extends ClockFacts {
  static readonly type = 'assessments.clock.warning-raised';
  static readonly topic = Topics.assessmentsClock;
  static readonly description = 'Three quarters of a timescale has gone and the step is not done.';
}

export class ClockOverdue extends ClockFacts {
  static readonly type = 'assessments.clock.overdue';
  static readonly topic = Topics.assessmentsClock;
  static readonly description = 'A timescale passed without the step being done.';
}
