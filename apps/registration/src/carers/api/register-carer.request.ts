import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CARER_KINDS, CarerKind } from '@carers/contracts';

export const UK_POSTCODE = /^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$/;

export class RegisterCarerRequest {
  @ApiProperty({ enum: CARER_KINDS }) @IsIn(CARER_KINDS) kind!: CarerKind;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) givenName!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) familyName!: string;
  @ApiProperty({ example: '1968-04-02' }) @IsISO8601({ strict: true }, { message: 'dateOfBirth must be a date like 1968-04-02' }) dateOfBirth!: string;
  @ApiProperty({ example: 'HR1 2AB' }) @Matches(UK_POSTCODE, { message: 'postcode must be a UK postcode such as HR1 2AB' }) postcode!: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[A-Za-z0-9-]{2,40}$/, { message: 'providerId must be a provider code' }) providerId?: string;
}

export class CarerResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: CARER_KINDS }) kind!: CarerKind;
  @ApiProperty() givenName!: string;
  @ApiProperty() familyName!: string;
  @ApiProperty() dateOfBirth!: string;
  @ApiProperty() postcode!: string;
  @ApiPropertyOptional() providerId?: string;
  @ApiProperty() registeredOn!: string;
}
