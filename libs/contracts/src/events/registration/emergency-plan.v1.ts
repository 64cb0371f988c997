import { IsISO8601, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { Topics } from '../../topics/topic-registry';

/** A carer's emergency plan and card were made. No contact details or needs travel on Kafka. */
export class EmergencyPlanCreated {
  static readonly type = 'registration.emergency-plan.created';
  static readonly topic = Topics.registrationEmergencyPlan;
  static readonly description = "A carer's emergency plan and card were created.";

  @IsUUID() planId!: string;
  @IsUUID() carerId!: string;
  @IsOptional() @Matches(/^[A-Za-z0-9-]{2,40}$/) providerId?: string;
  @IsInt() @Min(2) @Max(3) contactCount!: number;
  @IsISO8601({ strict: true }) createdOn!: string;
  @IsISO8601({ strict: true }) reviewDueOn!: string;
}

/** Someone used the card: the plan was activated because the carer could not care. */
export class EmergencyPlanActivated {
  static readonly type = 'registration.emergency-plan.activated';
  static readonly topic = Topics.registrationEmergencyPlan;
  static readonly description = "A carer's emergency plan was activated through its card.";

  @IsUUID() planId!: string;
  @IsUUID() carerId!: string;
  @IsOptional() @Matches(/^[A-Za-z0-9-]{2,40}$/) providerId?: string;
  @IsISO8601({ strict: true }) activatedAt!: string;
}

/** Six months have passed: the plan is due its check. */
export class EmergencyPlanReviewDue {
  static readonly type = 'registration.emergency-plan.review-due';
  static readonly topic = Topics.registrationEmergencyPlan;
  static readonly description = "A carer's emergency plan is due its six-monthly check.";

  @IsUUID() planId!: string;
  @IsUUID() carerId!: string;
  @IsOptional() @Matches(/^[A-Za-z0-9-]{2,40}$/) providerId?: string;
  @IsISO8601({ strict: true }) reviewDueOn!: string;
}
