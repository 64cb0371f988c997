import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { DEREGISTRATION_REASONS, DeregistrationReason } from '@carers/contracts';
import { RegisterCarerRequest } from './register-carer.request';

/** Any of the registration fields except the provider, which changes through an allocation. */
export class UpdateCarerRequest extends PartialType(OmitType(RegisterCarerRequest, ['providerId', 'requestsAssessment'] as const)) {}

export class DeregisterCarerRequest {
  @ApiProperty({ enum: DEREGISTRATION_REASONS }) @IsIn(DEREGISTRATION_REASONS) reason!: DeregistrationReason;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }, { message: 'on must be a date like 2026-11-01' }) on?: string;
}

export class AllocateProviderRequest {
  @ApiProperty() @Matches(/^[a-z0-9-]{2,40}$/, { message: 'providerId must be a provider code' }) providerId!: string;
  @ApiProperty({ description: 'why the carer moves, in plain words' }) @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}

export class ResolveReviewRequest {
  @ApiProperty({ description: 'why, for the record' }) @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}

export class MergeReviewRequest extends ResolveReviewRequest {
  @ApiPropertyOptional({ description: 'the record that survives; the earlier record by default' })
  @IsOptional()
  @IsUUID()
  survivorId?: string;
}

export class ListReviewsRequest {
  @ApiPropertyOptional({ enum: ['open', 'merged', 'kept-apart'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'merged', 'kept-apart'])
  status?: 'open' | 'merged' | 'kept-apart';
}

export class ListReferralsRequest {
  @ApiPropertyOptional({ enum: ['open', 'closed'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'closed'])
  status?: 'open' | 'closed';
}
