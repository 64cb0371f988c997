import { IsIn, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { PROVIDER_ID, Topics } from '../../topics/topic-registry';
import { NOTICE_ANSWERS, NoticeAnswer } from '../escalation/escalation-case.v1';

export class ProviderNoticeAnswered {
  static readonly type = 'provider.notice.answered';
  static readonly topic = Topics.providerNoticeResponse;
  /** Must name the provider whose topic it came on (ADR 0014). */
  static readonly senderField = 'providerId';
  static readonly description =
    "A consortium member's system accepted or disputed a notice served on it (ADR 0026); a dispute gives its grounds, which name no carer.";

  @Matches(PROVIDER_ID) providerId!: string;
  @IsUUID() noticeId!: string;
  @IsIn(NOTICE_ANSWERS) answer!: NoticeAnswer;
  @ValidateIf((o: ProviderNoticeAnswered) => o.answer === 'dispute')
  @IsString()
  @Matches(/\S/, { message: 'grounds: a dispute gives its grounds' })
  @MaxLength(2000)
  grounds?: string;
}
