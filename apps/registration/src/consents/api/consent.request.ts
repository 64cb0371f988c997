import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { CONSENT_PURPOSES, LAWFUL_BASES } from '@carers/contracts';

export class GiveConsentRequest {
  @ApiProperty({ enum: CONSENT_PURPOSES }) @IsIn(CONSENT_PURPOSES) purpose!: string;
  @ApiProperty({ enum: LAWFUL_BASES, description: 'UK GDPR Article 6 basis' }) @IsIn(LAWFUL_BASES) lawfulBasis!: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }, { message: 'givenOn must be a date like 2026-01-05' }) givenOn?: string;
}

export class WithdrawConsentRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'withdrawnOn must be a date like 2026-06-01' })
  withdrawnOn?: string;
}
