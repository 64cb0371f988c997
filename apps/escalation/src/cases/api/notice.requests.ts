import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { NOTICE_ANSWERS, NOTICE_DISPUTE_OUTCOMES, NoticeAnswer, NoticeDisputeOutcome } from '@carers/contracts';

export class NoticeParam {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id!: string;
}

export class NoticeAnswerRequest {
  @ApiProperty({ enum: NOTICE_ANSWERS }) @IsIn(NOTICE_ANSWERS) answer!: NoticeAnswer;
  @ApiPropertyOptional({ description: "Required for a dispute: the provider's grounds. Name no carer." })
  @ValidateIf((o: NoticeAnswerRequest) => o.answer === 'dispute' || o.grounds !== undefined)
  @IsString()
  @Matches(/\S/, { message: 'grounds: a dispute gives its grounds' })
  @MaxLength(2000)
  grounds?: string;
}

export class NoticeDecisionRequest {
  @ApiProperty({ enum: NOTICE_DISPUTE_OUTCOMES, description: 'upheld withdraws the notice and the step it served; rejected lets it stand' })
  @IsIn(NOTICE_DISPUTE_OUTCOMES)
  outcome!: NoticeDisputeOutcome;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}
