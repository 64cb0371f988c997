import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBooleanString,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CREDIT_SETTLEMENTS, CreditSettlement, ESCALATION_STAGES, RELIEF_KINDS } from '@carers/contracts';
import { CHARGE_TO, ChargeTo, CREDIT_BASES, CreditBasisSetting, ON_RECOVERY, OnRecovery } from '../domain/escalation-policy';

const PROVIDER = /^[a-z0-9-]{2,40}$/;
const DAY = { strict: true } as const;

export class IdParam {
  @IsUUID() id!: string;
}

export class ActionParam {
  @IsUUID() id!: string;
  @Matches(/^[A-Za-z0-9-]{1,40}$/) actionId!: string;
}

export class ProviderParam {
  @Matches(/^([a-z0-9-]{2,40}|\*)$/, { message: "providerId must be a provider id, or * for the council's default" }) providerId!: string;
}

export class CaseQuery {
  @ApiPropertyOptional() @IsOptional() @Matches(PROVIDER) providerId?: string;
  @ApiPropertyOptional({ enum: ESCALATION_STAGES }) @IsOptional() @IsIn(ESCALATION_STAGES) stage?: string;
  @ApiPropertyOptional({ enum: ['live', 'closed'] }) @IsOptional() @IsIn(['live', 'closed']) status?: 'live' | 'closed';
}

export class AlertQuery {
  @ApiPropertyOptional() @IsOptional() @IsBooleanString() unacknowledged?: string;
}

export class PauseRequest {
  @ApiProperty({ enum: RELIEF_KINDS }) @IsIn(RELIEF_KINDS) relief!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

export class ReasonRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

export class MoveRequest {
  @ApiProperty({ enum: ESCALATION_STAGES }) @IsIn(ESCALATION_STAGES) to!: (typeof ESCALATION_STAGES)[number];
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

export class CommentaryRequest {
  @ApiProperty({ description: 'why the figure is what it is and what the provider is doing; no personal data' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  commentary!: string;
}

export class ReviewMeetingRequest {
  @ApiProperty({ example: '2026-11-20' }) @IsISO8601(DAY) heldOn!: string;
}

export class PlanActionRequest {
  @ApiProperty() @Matches(/^[A-Za-z0-9-]{1,40}$/) actionId!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(500) description!: string;
  @ApiProperty({ description: 'a role, such as "Service manager"; never a name' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  ownerRole!: string;
  @ApiProperty() @IsISO8601(DAY) dueOn!: string;
}

export class PlanRequest {
  @ApiProperty({ type: [PlanActionRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => PlanActionRequest)
  actions!: PlanActionRequest[];
  @ApiPropertyOptional({
    type: [String],
    description: 'Other cases of yours whose plans are requested, for several failing KPIs of one contract: one plan answers them all',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  alsoForCaseIds?: string[];
}

export class PlanDecisionRequest {
  @ApiProperty({ enum: ['approved', 'rejected'] }) @IsIn(['approved', 'rejected']) outcome!: 'approved' | 'rejected';
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

export class CompletionRequest {
  @ApiProperty() @IsISO8601(DAY) completedOn!: string;
}

export class CreditAdjustmentRequest {
  @ApiProperty({ description: '0 waives the credit' }) @IsInt() @Min(0) @Max(100_000_000) amountPence!: number;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

export class PolicyRequest {
  @ApiProperty() @IsInt() @Min(1) @Max(60) commentaryDays!: number;
  @ApiProperty() @IsInt() @Min(1) @Max(60) reviewMeetingDays!: number;
  @ApiProperty() @IsInt() @Min(1) @Max(60) planDraftDays!: number;
  @ApiProperty() @IsInt() @Min(1) @Max(10) maxRejectedPlans!: number;
  @ApiProperty() @IsInt() @Min(1) @Max(60) improvementNoticeDays!: number;
  @ApiProperty() @IsInt() @Min(0) @Max(100_000_000) creditPerBreachedMonthPence!: number;
  @ApiProperty() @IsInt() @Min(0) @Max(1_000_000_000) creditCapPerKpiPence!: number;
  @ApiProperty() @IsInt() @Min(0) @Max(1_000_000_000) creditCapTotalPence!: number;
  @ApiProperty() @IsInt() @Min(1) @Max(24) creditsBeforeBoard!: number;
  @ApiProperty() @IsInt() @Min(1) @Max(24) breachedMonthsBeforeRemedy!: number;
  @ApiProperty() @IsInt() @Min(1) @Max(12) recoveryMonths!: number;
  @ApiPropertyOptional({
    enum: CHARGE_TO,
    description:
      "Who credits are charged to (ADR 0016): the contract holder on the consortium's figure (default), or each provider on its own",
  })
  @IsOptional()
  @IsIn(CHARGE_TO)
  chargeTo?: ChargeTo;
  @ApiPropertyOptional({
    enum: ON_RECOVERY,
    description: 'What becomes of the credits withheld on a case that recovers (ADR 0018): retained (default) or released to the provider',
  })
  @IsOptional()
  @IsIn(ON_RECOVERY)
  onRecovery?: OnRecovery;
  @ApiPropertyOptional({
    enum: CREDIT_BASES,
    description:
      "How a breached month's credit is priced (ADR 0018): the fixed sums above (default), or the contract's schedule, a share of its monthly value",
  })
  @IsOptional()
  @IsIn(CREDIT_BASES)
  creditBasis?: CreditBasisSetting;
  @ApiPropertyOptional({
    description:
      'Working days a provider has to accept or dispute a notice (ADR 0026); absent means 5, as the NHS Standard Contract GC9 gives',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  noticeResponseDays?: number;
}

export class CreditSettlementRequest {
  @ApiProperty({ enum: CREDIT_SETTLEMENTS, description: 'released: paid back to the provider; retained: kept from the payment for good' })
  @IsIn(CREDIT_SETTLEMENTS)
  settlement!: CreditSettlement;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}
