import { NoticeAnswer, NoticeDisputeOutcome } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { Notice, NoticeFigure } from '../domain/notice';

export type NewNotice = Omit<Notice, 'status' | 'answer' | 'decision' | 'pausedCase'>;

/** Notices as served and answered (ADR 0026). Reads for a change lock the notice (FOR UPDATE). */
export abstract class NoticeRepository {
  abstract serve(tx: Tx, n: NewNotice): Promise<void>;
  abstract byId(tx: Tx, id: string): Promise<Notice | undefined>;
  abstract ofCase(tx: Tx, caseId: string): Promise<Notice[]>;
  abstract answer(
    tx: Tx,
    id: string,
    a: { answer: NoticeAnswer; grounds?: string; by: string; on: string; pausedCase: boolean },
  ): Promise<void>;
  abstract decide(tx: Tx, id: string, d: { outcome: NoticeDisputeOutcome; reason: string; by: string; on: string }): Promise<void>;
  /** The KPI's months a notice on the case states, closed figures where closed (ADR 0016), from two months before the case opened (a breach rule may span months). */
  abstract figuresFor(tx: Tx, caseId: string): Promise<NoticeFigure[]>;
}
