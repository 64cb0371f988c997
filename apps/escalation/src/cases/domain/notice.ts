import { EscalationStage, NoticeAnswer, NoticeDisputeOutcome, NoticeKind, RagStatus } from '@carers/contracts';
import { CaseStateError } from './case.errors';

/** One month's figure as the notice states it: the closed figure where the month is closed (ADR 0016). */
export interface NoticeFigure {
  period: string;
  status: RagStatus;
  breached: boolean;
  value: number | null;
  target: number | null;
  floor: number | null;
  closure: 'live' | 'provisional' | 'confirmed';
}

export type NoticeStatus = 'served' | 'accepted' | 'disputed' | 'withdrawn' | 'stands';

/** A formal notice served on a provider (ADR 0026), as recorded when served; only its answer and decision change. */
export interface Notice {
  id: string;
  caseId: string;
  providerId: string;
  kpiId: string;
  kind: NoticeKind;
  /** The stage the case was at before the step the notice serves (none when the case opened there); an upheld dispute returns it there. */
  fromStage?: EscalationStage;
  servedOn: string;
  respondBy: string;
  /** The working days the response window gave, under the policy version served. */
  responseDays: number;
  /** The stage's own deadline: the contract management meeting for a Contract Performance Notice, compliance for an improvement notice. */
  actBy?: string;
  addressee: string;
  council: string;
  contractId?: string;
  figures: NoticeFigure[];
  policyVersion: number;
  status: NoticeStatus;
  answer?: { answer: NoticeAnswer; grounds?: string; by: string; on: string };
  decision?: { outcome: NoticeDisputeOutcome; reason: string; by: string; on: string };
  /** Whether the dispute paused the case (it was not paused already), so the decision resumes it. */
  pausedCase: boolean;
}

/** The formal step each stage's entry is, and the notice that serves it (NHS Standard Contract GC9's sequence). */
export function noticeForStage(stage: EscalationStage): NoticeKind | undefined {
  if (stage === 'review-meeting') return 'contract-performance-notice';
  if (stage === 'improvement-notice') return 'improvement-notice';
  if (stage === 'board-referral') return 'exception-report';
  return undefined;
}

/** A provider may answer a notice once, within its response window (ADR 0026). */
export function checkAnswer(n: Notice, today: string): void {
  if (n.status !== 'served') throw new CaseStateError(`the notice has been answered already (${n.status})`);
  if (today > n.respondBy) throw new CaseStateError(`the response window closed on ${n.respondBy}; the notice is deemed accepted`);
}

/** Only a disputed notice is decided, once. */
export function checkDecision(n: Notice): void {
  if (n.status !== 'disputed') throw new CaseStateError(n.status === 'served' ? 'the notice is not disputed' : `the notice is ${n.status}`);
}

/** What an upheld dispute undoes: a withdrawn Contract Performance Notice withdraws the case it opened; a later notice returns the case to the stage before it. */
export function afterUpheld(n: Notice): { kind: 'withdraw-case' } | { kind: 'return-to'; stage: EscalationStage } {
  return n.fromStage ? { kind: 'return-to', stage: n.fromStage } : { kind: 'withdraw-case' };
}

/** The notice's reference as the provider quotes it: its kind's initials and the first part of its id. */
export const noticeReference = (n: Notice) =>
  `${{ 'contract-performance-notice': 'CPN', 'improvement-notice': 'IN', 'exception-report': 'ER' }[n.kind]}-${n.id.slice(0, 8).toUpperCase()}`;
