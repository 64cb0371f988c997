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
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CARD_NUMBER } from '../domain/card-number';

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

/** A card number travels in the body only, never in a URL that request logs and proxies keep (issue 21, finding 9). */
export class LookUpCardRequest {
  @ApiProperty({ example: 'CERS-7KQM-2XHD-PTW9-4JRB' })
  @IsString()
  @Matches(CARD_NUMBER, { message: 'cardNumber must look like CERS-XXXX-XXXX-XXXX-XXXX' })
  cardNumber!: string;
}

export class ActivateCardRequest extends LookUpCardRequest {
  @ApiProperty({ example: 'Carer admitted to hospital' }) @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}

export class ChangeCardRequest {
  @ApiProperty({ example: 'Card lost on the bus' }) @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}
