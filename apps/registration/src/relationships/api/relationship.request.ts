import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { RELATIONSHIPS } from '@carers/contracts';
import { UK_POSTCODE } from '../../carers/api/register-carer.request';

export class CaredForPersonRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) givenName!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) familyName!: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'dateOfBirth must be a date like 1938-09-14' })
  dateOfBirth?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(UK_POSTCODE, { message: 'postcode must be a UK postcode such as HR1 2AB' })
  postcode?: string;
  @ApiPropertyOptional({ description: 'what the person needs, in plain words' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  careNeeds?: string;
}

export class StartCaringRequest {
  @ApiProperty({ enum: RELATIONSHIPS, description: 'who the cared-for person is to the carer' }) @IsIn(RELATIONSHIPS) relationship!: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'startedOn must be a date like 2024-01-10' })
  startedOn?: string;
  @ApiPropertyOptional({ description: 'an existing person cared for' }) @IsOptional() @IsUUID() caredForId?: string;
  @ApiPropertyOptional({ type: CaredForPersonRequest, description: 'a new person cared for' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaredForPersonRequest)
  person?: CaredForPersonRequest;
}

export class EndCaringRequest {
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }, { message: 'endedOn must be a date like 2026-03-01' }) endedOn?: string;
}
