import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateNested,
  ValidationOptions,
} from 'class-validator';
import {
  ASSESSMENT_METHODS,
  ASSESSMENT_TYPES,
  AssessmentType,
  CLOCK_KINDS,
  EligibilityFindings,
  IsWellbeingScores,
  REVIEW_TYPES,
  ReviewType,
} from '@carers/contracts';

/**
 * An amount in pounds: a finite number from `min` up to ten million with at most two decimal places. (class-validator's
 * IsNumber with maxDecimalPlaces throws on numbers written with an exponent, such as 7e-323.)
 */
export function IsMoney(min: number, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isMoney',
      validator: {
        validate: (v: unknown) =>
          typeof v === 'number' && Number.isFinite(v) && v >= min && v <= 10_000_000 && Math.abs(Math.round(v * 100) - v * 100) < 1e-6,
        defaultMessage: () => `$property must be an amount in pounds from ${min} with at most two decimal places`,
      },
    },
    options,
  );
}

const DAY = (field: string) => IsISO8601({ strict: true }, { message: `${field} must be a date like 2026-11-02` });

export class RequestAssessmentRequest {
  @ApiProperty() @IsUUID() carerId!: string;
  @ApiPropertyOptional({ enum: ASSESSMENT_TYPES, description: "by default the one that fits the carer's kind" })
  @IsOptional()
  @IsIn(ASSESSMENT_TYPES)
  type?: AssessmentType;
  @ApiPropertyOptional({ description: 'the fast-track pathway: commenced within 4 days' }) @IsOptional() @IsBoolean() fastTrack?: boolean;
  @ApiPropertyOptional({ description: "the consortium member it is delegated to (Care Act s79); by default the carer's provider" })
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'providerId must be a provider code' })
  providerId?: string;
  @ApiPropertyOptional() @IsOptional() @DAY('requestedOn') requestedOn?: string;
}

export class StepRequest {
  @ApiPropertyOptional({ description: 'the day it happened; today by default' }) @IsOptional() @DAY('on') on?: string;
}

export class CompleteAssessmentRequest {
  @ApiPropertyOptional() @IsOptional() @DAY('on') on?: string;
  @ApiProperty({ enum: ASSESSMENT_METHODS }) @IsIn(ASSESSMENT_METHODS) method!: string;
  @ApiProperty({
    description: 'what the assessment found, by required-content item (see GET /assessment-types)',
    example: { 'able-to-care': '...' },
  })
  @IsObject()
  content!: Record<string, string>;
  @ApiPropertyOptional({ type: EligibilityFindings, description: "reg 3 findings; required for a carer's assessment" })
  @IsOptional()
  @ValidateNested()
  @Type(() => EligibilityFindings)
  eligibility?: EligibilityFindings;
  @ApiPropertyOptional({ description: 'Assessment Regs reg 4(3): a child appears to be providing care' })
  @IsOptional()
  @IsBoolean()
  childInvolvedInCaring?: boolean;
}

export class PauseClockRequest {
  @ApiProperty({ description: 'why the clock stops, e.g. the carer is in hospital' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
  @ApiPropertyOptional() @IsOptional() @DAY('on') on?: string;
}

export class ClockParams {
  @IsUUID() id!: string;
  @IsIn(CLOCK_KINDS) kind!: string;
}

class NeedMetRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(500) need!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(1000) how!: string;
}

class DirectPaymentRequest {
  @ApiProperty() @IsMoney(0.01) amount!: number;
  @ApiProperty({ enum: ['weekly', 'four-weekly', 'monthly', 'one-off'] })
  @IsIn(['weekly', 'four-weekly', 'monthly', 'one-off'])
  frequency!: 'weekly' | 'four-weekly' | 'monthly' | 'one-off';
}

class PlannedServiceRequest {
  @ApiProperty({ description: 'CLD service type' }) @IsString() @IsNotEmpty() @MaxLength(100) serviceType!: string;
  @ApiProperty({ description: 'CLD service component' }) @IsString() @IsNotEmpty() @MaxLength(100) component!: string;
  @ApiProperty({ description: 'CLD delivery mechanism' }) @IsString() @IsNotEmpty() @MaxLength(100) deliveryMechanism!: string;
}

export class AgreePlanRequest {
  @ApiPropertyOptional() @IsOptional() @DAY('agreedOn') agreedOn?: string;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(500, { each: true }) needs!: string[];
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) eligibleNeeds!: string[];
  @ApiProperty({ type: [NeedMetRequest] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => NeedMetRequest)
  needsToBeMet!: NeedMetRequest[];
  @ApiPropertyOptional() @IsOptional() @IsMoney(0) personalBudget?: number;
  @ApiPropertyOptional({ type: DirectPaymentRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => DirectPaymentRequest)
  directPayment?: DirectPaymentRequest;
  @ApiProperty({ type: [PlannedServiceRequest] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PlannedServiceRequest)
  services!: PlannedServiceRequest[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) preventionAdvice?: string;
  @ApiProperty({ type: [String], description: 'who was involved (s25(4))' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  involved!: string[];
  @ApiProperty({ description: 'wellbeing scores 1-5 in the ten domains, at entry' }) @IsObject() @IsWellbeingScores() entryScores!: Record<
    string,
    number
  >;
}

export class RecordReviewRequest {
  @ApiProperty({ enum: REVIEW_TYPES }) @IsIn(REVIEW_TYPES) type!: ReviewType;
  @ApiPropertyOptional() @IsOptional() @DAY('completedOn') completedOn?: string;
  @ApiProperty({ description: 'wellbeing scores 1-5 in the ten domains' }) @IsObject() @IsWellbeingScores() scores!: Record<string, number>;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}

export class WaitingListQueryParams {
  @ApiPropertyOptional() @IsOptional() @Matches(/^[a-z0-9-]{2,40}$/, { message: 'providerId must be a provider code' }) providerId?: string;
}
