import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  Equals,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class EmergencyContactRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(120) name!: string;
  @ApiProperty({ example: 'neighbour' }) @IsString() @IsNotEmpty() @MaxLength(60) relationship!: string;
  @ApiProperty({ example: '07700 900123', description: 'a UK number; stored in E.164' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(30)
  phone!: string;
  @ApiProperty({ description: 'the contact agreed to be called in an emergency' })
  @IsBoolean()
  @Equals(true, { message: 'consentGiven must be true: a contact must agree to be called' })
  consentGiven!: boolean;
}

export class CaredForNeedsRequest {
  @ApiProperty({ example: 'Needs help to get up at 8am and meals at 12 and 6' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  routine!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) medicationNotes?: string;
  @ApiPropertyOptional({ example: 'Key safe by the back door; code from the duty team' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  access?: string;
}

export class CreateEmergencyPlanRequest {
  @ApiProperty({ type: [EmergencyContactRequest] })
  @ValidateNested({ each: true })
  @Type(() => EmergencyContactRequest)
  @ArrayMinSize(2)
  @ArrayMaxSize(3)
  contacts!: EmergencyContactRequest[];

  @ApiProperty({ type: CaredForNeedsRequest }) @ValidateNested() @Type(() => CaredForNeedsRequest) needs!: CaredForNeedsRequest;
  @ApiPropertyOptional({ minimum: 48, maximum: 72, default: 72 }) @IsOptional() @IsInt() @Min(48) @Max(72) contingencyHours?: number;
}

export class ActivateCardRequest {
  @ApiProperty({ example: 'Carer admitted to hospital' }) @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}
