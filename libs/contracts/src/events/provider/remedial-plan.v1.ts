import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PROVIDER_ID, Topics } from '../../topics/topic-registry';

const ACTION = /^[A-Za-z0-9-]{1,40}$/;
const DAY = { strict: true } as const;

/** One action of a remedial plan. The owner is a role ("Service manager"), never a person's name. */
export class RemedialAction {
  @Matches(ACTION) actionId!: string;
  @IsString() @MaxLength(500) description!: string;
  @IsString() @MaxLength(80) ownerRole!: string;
  @IsISO8601(DAY) dueOn!: string;
}

export class ProviderRemedialPlanSubmitted {
  static readonly type = 'provider.remedial-plan.submitted';
  static readonly topic = Topics.providerRemedialPlan;
  /** Must name the provider whose topic it came on (ADR 0014). */
  static readonly senderField = 'providerId';
  static readonly description = "A consortium member's system submitted (or resubmitted) the remedial action plan a case asked for.";

  @Matches(PROVIDER_ID) providerId!: string;
  @IsUUID() caseId!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => RemedialAction) actions!: RemedialAction[];
  /** Other cases of the same provider whose plans are requested: one plan answers them all (several failing KPIs of one contract). */
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true }) alsoForCaseIds?: string[];
}

export class ProviderRemedialActionCompleted {
  static readonly type = 'provider.remedial-plan.action-completed';
  static readonly topic = Topics.providerRemedialPlan;
  /** Must name the provider whose topic it came on (ADR 0014). */
  static readonly senderField = 'providerId';
  static readonly description = 'A consortium member finished one action (milestone) of its approved remedial plan.';

  @Matches(PROVIDER_ID) providerId!: string;
  @IsUUID() caseId!: string;
  @Matches(ACTION) actionId!: string;
  @IsISO8601(DAY) completedOn!: string;
}
