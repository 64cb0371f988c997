import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { FORMULA_KINDS } from '../domain/kpi-definition';

class BreachRuleRequest {
  @ApiProperty({ enum: ['red', 'consecutive', 'in-last'] }) @IsIn(['red', 'consecutive', 'in-last']) kind!:
    'red' | 'consecutive' | 'in-last';
  @ApiPropertyOptional({ description: 'consecutive: months in a row; in-last: the window' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  months?: number;
  @ApiPropertyOptional({ description: 'in-last: red months within the window' }) @IsOptional() @IsInt() @Min(1) @Max(12) count?: number;
  @ApiPropertyOptional({
    description:
      'consecutive: the calendar months the run is looked for within (2 × months by default); months with too few cases inside it neither break nor extend the run',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  within?: number;
}

class ProviderTargetRequest {
  @ApiProperty({ example: 'vale-family-support' }) @Matches(/^[a-z0-9-]{2,40}$/) providerId!: string;
  @ApiProperty() @IsNumber() target!: number;
  @ApiProperty() @IsNumber() floor!: number;
}

/** A KPI definition as a council officer writes it; the version is the platform's to give. */
export class KpiDefinitionRequest {
  @ApiProperty({ example: 'first-contact-10-days' })
  @Matches(/^[a-z0-9-]{2,60}$/, { message: 'id must be lower-case words joined by hyphens' })
  id!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @ApiProperty({ enum: FORMULA_KINDS }) @IsIn(FORMULA_KINDS) formula!: (typeof FORMULA_KINDS)[number];
  @ApiProperty({ example: 'first-contact' }) @IsString() @IsNotEmpty() measure!: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(730) withinDays?: number;
  @ApiProperty() @IsNumber() target!: number;
  @ApiProperty() @IsNumber() floor!: number;
  @ApiProperty({ enum: ['higher-is-better', 'lower-is-better'] }) @IsIn(['higher-is-better', 'lower-is-better']) direction!:
    'higher-is-better' | 'lower-is-better';
  @ApiProperty() @IsInt() @Min(0) minimumDenominator!: number;
  @ApiProperty({ enum: ['member', 'consortium'], isArray: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @IsIn(['member', 'consortium'], { each: true })
  attribution!: ('member' | 'consortium')[];
  @ApiProperty({ enum: ['events', 'provider-return'] }) @IsIn(['events', 'provider-return']) source!: 'events' | 'provider-return';
  @ApiProperty({ type: BreachRuleRequest }) @ValidateNested() @Type(() => BreachRuleRequest) breachRule!: BreachRuleRequest;
  @ApiPropertyOptional({
    type: () => ProviderTargetRequest,
    isArray: true,
    description: "a member's (or the consortium's) own target and floor, where the contract sets one",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ProviderTargetRequest)
  providerTargets?: ProviderTargetRequest[];
}

export class KpiValuesQuery {
  @ApiPropertyOptional({ example: '2026-10' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period must be a month like 2026-10' })
  period?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[a-z0-9-]{2,60}$/) kpiId?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[a-z0-9-]{2,40}$/) providerId?: string;
}
