import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class ErasureRequest {
  @ApiProperty({ description: 'the request and its grounds, for the record' }) @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}

export class LegalHoldRequest {
  @ApiProperty({ description: 'why the record must be kept (litigation, safeguarding enquiry, ...)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class RetentionScheduleRequest {
  @ApiProperty({ description: 'years after a carer leaves the register before the record is anonymised' })
  @IsInt()
  @Min(1)
  @Max(100)
  yearsAfterDeregistration!: number;
}

export class SubjectAccessRequest {
  @ApiPropertyOptional({ enum: ['json', 'html'], default: 'json' }) @IsOptional() @IsIn(['json', 'html']) format?: 'json' | 'html';
}
