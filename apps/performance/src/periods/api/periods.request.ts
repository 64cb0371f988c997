import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { RETURN_MEASURES } from '@carers/contracts';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

export class PeriodParam {
  @Matches(PERIOD, { message: 'period must be a month like 2026-10' }) period!: string;
}

export class DisputeRequest {
  @ApiProperty() @Matches(/^[a-z0-9-]{2,60}$/) kpiId!: string;
  @ApiPropertyOptional({ description: 'a council officer may raise one for a provider' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,40}$/)
  providerId?: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

export class DecisionRequest {
  @ApiProperty({ enum: ['upheld', 'rejected'] }) @IsIn(['upheld', 'rejected']) outcome!: 'upheld' | 'rejected';
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

export class ReliefRequest {
  @ApiProperty({ description: 'what happened: a council-caused referral surge, an outage...' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
  @ApiPropertyOptional({ description: 'one provider only; every provider when absent' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,40}$/)
  providerId?: string;
  @ApiPropertyOptional({ description: 'one KPI only; every KPI when absent' }) @IsOptional() @Matches(/^[a-z0-9-]{2,60}$/) kpiId?: string;
}

export class MonthlyReturnRequest {
  @ApiProperty({ example: '2026-10' }) @Matches(PERIOD, { message: 'period must be a month like 2026-10' }) period!: string;
  @ApiProperty({ enum: RETURN_MEASURES }) @IsIn(RETURN_MEASURES) measure!: string;
  @ApiProperty() @IsNumber() @Min(0) @Max(100000) value!: number;
  @ApiProperty({ description: 'survey responses behind a mean; 1 for a count' }) @IsInt() @Min(0) @Max(1000000) responses!: number;
  @ApiPropertyOptional({ description: 'a council officer may enter a return for a provider' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,40}$/)
  providerId?: string;
}

export class DisputeParam {
  @Matches(/^[0-9a-f-]{36}$/) id!: string;
}
