import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsString, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { CLOCK_KINDS } from '@carers/contracts';

export class ClockKindParam {
  @IsIn(CLOCK_KINDS) kind!: string;
}

export class ClockPolicyRequest {
  @ApiProperty({ description: 'the timescale, in days' }) @IsInt() @Min(1) @Max(730) days!: number;
  @ApiProperty({ enum: ['calendar', 'working'] }) @IsIn(['calendar', 'working']) basis!: 'calendar' | 'working';
  @ApiPropertyOptional({ description: "for one provider's contract only; the council-wide timescale when absent" })
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'providerId must be a provider code' })
  providerId?: string;
}

export class BankHolidayRequest {
  @ApiProperty({ example: '2028-01-03' }) @IsISO8601({ strict: true }, { message: 'day must be a date like 2028-01-03' }) day!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) name!: string;
}

export class ClosureDayParam {
  @ApiProperty({ example: '2028-01-03' }) @IsISO8601({ strict: true }, { message: 'day must be a date like 2028-01-03' }) day!: string;
}
