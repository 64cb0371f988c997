import { IsIn, IsISO8601, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { Topics } from '../../topics/topic-registry';
import { ESCALATION_STAGES, EscalationStage } from './escalation-case.v1';

/** `credit-accrued` is kept for alerts raised before ADR 0016; credits now reach the board when withheld or reversed. */
export const BOARD_ALERT_KINDS = [
  'board-referral',
  'credit-accrued',
  'credit-withheld',
  'credit-reversed',
  'credit-released',
  'plan-failed',
  'case-closed',
  'contract-remedy-recommended',
] as const;
export type BoardAlertKind = (typeof BOARD_ALERT_KINDS)[number];

/** What the Performance and Outcomes Board must know now. Keyed by council; the summary is generated from codes and figures only. */
export class BoardAlertRaised {
  static readonly type = 'escalation.board-alert.raised';
  static readonly topic = Topics.escalationBoardAlert;
  static readonly description = 'An alert for the Performance and Outcomes Board about a case (no personal data).';

  @IsUUID() alertId!: string;
  @IsIn(BOARD_ALERT_KINDS) kind!: BoardAlertKind;
  @IsUUID() caseId!: string;
  @Matches(/^[a-z0-9-]{2,40}$/) providerId!: string;
  @Matches(/^[a-z0-9-]{2,60}$/) kpiId!: string;
  @IsIn(ESCALATION_STAGES) stage!: EscalationStage;
  @IsString() @MaxLength(300) summary!: string;
  @IsISO8601() raisedAt!: string;
}
