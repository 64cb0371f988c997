import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { AGE_BANDS, AgeBand, CARER_KINDS, CarerKind, HOURS_BANDS, HoursBand } from '@carers/contracts';
import { CarerStatus } from '../domain/carer';
import { CONTACT_METHODS, EMPLOYMENT_STATUSES, ETHNICITIES, GENDERS, PHONE_TYPES } from '../domain/carer-codes';

export const UK_POSTCODE = /^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$/;
const CODE = /^[a-z0-9-]{2,40}$/;

export class PhoneNumberRequest {
  @ApiProperty({ enum: PHONE_TYPES }) @IsIn(PHONE_TYPES) type!: (typeof PHONE_TYPES)[number];
  @ApiProperty({ example: '07700 900123' })
  @IsString()
  @Matches(/^[+\d][\d\s()-]{6,20}$/, { message: 'number must be a UK telephone number' })
  number!: string;
}

export class RegisterCarerRequest {
  @ApiProperty({ enum: CARER_KINDS }) @IsIn(CARER_KINDS) kind!: CarerKind;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) givenName!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) familyName!: string;
  @ApiProperty({ example: '1968-04-02' })
  @IsISO8601({ strict: true }, { message: 'dateOfBirth must be a date like 1968-04-02' })
  dateOfBirth!: string;
  @ApiProperty({ example: 'HR1 2AB' })
  @Matches(UK_POSTCODE, { message: 'postcode must be a UK postcode such as HR1 2AB' })
  postcode!: string;
  @ApiPropertyOptional() @IsOptional() @Matches(CODE, { message: 'providerId must be a provider code' }) providerId?: string;
  @ApiPropertyOptional({ example: '943 476 5919' })
  @IsOptional()
  @Matches(/^\d{3}\s?\d{3}\s?\d{4}$/, { message: 'nhsNumber must be ten digits' })
  nhsNumber?: string;
  @ApiPropertyOptional({ enum: GENDERS }) @IsOptional() @IsIn(GENDERS) gender?: string;
  @ApiPropertyOptional({ enum: ETHNICITIES, description: 'NHS ethnic category code' }) @IsOptional() @IsIn(ETHNICITIES) ethnicity?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) addressLine1?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) addressLine2?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) town?: string;
  @ApiPropertyOptional({ type: [PhoneNumberRequest] })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => PhoneNumberRequest)
  @ArrayMaxSize(4)
  phoneNumbers?: PhoneNumberRequest[];
  @ApiPropertyOptional() @IsOptional() @IsEmail({}, { message: 'email must be an email address' }) email?: string;
  @ApiPropertyOptional({ enum: CONTACT_METHODS }) @IsOptional() @IsIn(CONTACT_METHODS) preferredContact?: string;
  @ApiPropertyOptional({ example: 'M85011', description: 'GP practice ODS code' })
  @IsOptional()
  @Matches(/^[A-Z]\d{5}$/, { message: 'gpPracticeCode must be an ODS practice code such as M85011' })
  gpPracticeCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() gpConsent?: boolean;
  @ApiPropertyOptional({ description: 'school URN, young carers only' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'schoolUrn must be a six-digit URN' })
  schoolUrn?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(CODE, { message: "areaBoard must be one of the council's area board codes" })
  areaBoard?: string;
  @ApiPropertyOptional({ enum: HOURS_BANDS }) @IsOptional() @IsIn(HOURS_BANDS) hoursBand?: HoursBand;
  @ApiPropertyOptional({ enum: EMPLOYMENT_STATUSES }) @IsOptional() @IsIn(EMPLOYMENT_STATUSES) employmentStatus?: string;
  @ApiPropertyOptional({ description: "the carer asks for a carer's assessment now; the assessments service opens the request" })
  @IsOptional()
  @IsBoolean()
  requestsAssessment?: boolean;
}

export class ListCarersRequest {
  @ApiPropertyOptional() @IsOptional() @Matches(CODE) providerId?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(CODE) areaBoard?: string;
  @ApiPropertyOptional({ enum: CARER_KINDS }) @IsOptional() @IsIn(CARER_KINDS) kind?: CarerKind;
  @ApiPropertyOptional({ enum: AGE_BANDS }) @IsOptional() @IsIn(AGE_BANDS) ageBand?: AgeBand;
  @ApiPropertyOptional({ enum: ['active', 'deregistered', 'merged', 'anonymised'], default: 'active' })
  @IsOptional()
  @IsIn(['active', 'deregistered', 'merged', 'anonymised'])
  status?: CarerStatus;
  @ApiPropertyOptional({ description: 'the nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{10,200}$/, { message: 'cursor is not one this API gave' })
  cursor?: string;
  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Matches(/^([1-9]\d?|1\d\d|200)$/, { message: 'limit must be 1 to 200' })
  limit?: string;
}
