import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { INVESTIGATION_OUTCOMES, InvestigationOutcome } from '../domain/joint-investigation';

export class JointInvestigationRequest {
  @ApiProperty({ description: 'What the investigation looks into, as the meeting agreed it. Name no carer.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  terms!: string;
  @ApiProperty({ example: '2026-12-04' }) @IsISO8601({ strict: true }) reportBy!: string;
}

export class InvestigationConclusionRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(4000) findings!: string;
  @ApiProperty({ enum: INVESTIGATION_OUTCOMES, description: 'remedial-plan requests a plan; no-further-action withdraws the case' })
  @IsIn(INVESTIGATION_OUTCOMES)
  outcome!: InvestigationOutcome;
}
