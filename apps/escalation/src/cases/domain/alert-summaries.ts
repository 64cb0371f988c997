import { CreditReversal, CreditSettlement, EscalationStage } from '@carers/contracts';

export interface AlertSubject {
  id: string;
  providerId: string;
  kpiId: string;
  stage: EscalationStage;
}

/** The case as an alert's words name it: its provider as people know it (issue 18), its id while no name is known. */
export interface NamedSubject extends AlertSubject {
  provider: string;
}

const pounds = (pence: number) => `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

const REVERSAL_WORDS: Record<CreditReversal, string> = {
  relief: 'relief granted for the month',
  'dispute-upheld': "the provider's dispute of the figure upheld",
  'not-breached-when-closed': 'the month closed out of breach',
};

/** The alert's words, built from codes, figures and the provider's organisation name only. */
export const summaries = {
  boardReferral: (c: NamedSubject, cause: string) => `${c.provider}: ${c.kpiId} referred to the board (${cause.replace(/-/g, ' ')}).`,
  creditWithheld: (c: NamedSubject, period: string, pence: number, uncappedPence: number, reachesCap = false) =>
    `${c.provider}: service credit of ${pounds(pence)} withheld on ${c.kpiId} for ${period}, the month confirmed in breach${pence < uncappedPence ? ` (${pounds(uncappedPence)} before the financial year's caps)` : ''}.${reachesCap ? " The financial year's cap is now reached: further months are recorded at £0.00 without an alert." : ''}`,
  creditReversed: (c: NamedSubject, period: string, pence: number, reason: CreditReversal) =>
    `${c.provider}: service credit of ${pounds(pence)} on ${c.kpiId} for ${period} reversed before it was withheld (${REVERSAL_WORDS[reason]}).`,
  creditReleased: (c: NamedSubject, period: string, pence: number) =>
    `${c.provider}: service credit of ${pounds(pence)} on ${c.kpiId} for ${period} released to the provider.`,
  planFailed: (c: NamedSubject, cause: string) => `${c.provider}: remedial plan for ${c.kpiId} failed (${cause.replace(/-/g, ' ')}).`,
  closed: (c: NamedSubject, outcome: string, settled?: { settlement: CreditSettlement; pence: number; count: number }) =>
    `${c.provider}: case on ${c.kpiId} closed, ${outcome.replace(/-/g, ' ')}, at stage ${c.stage.replace(/-/g, ' ')}.${settled?.count ? ` ${settled.count === 1 ? 'Its withheld credit' : `Its ${settled.count} withheld credits`} of ${pounds(settled.pence)} ${settled.settlement === 'released' ? 'released to the provider' : 'retained'}.` : ''}`,
  remedy: (c: NamedSubject) =>
    `${c.provider}: ${c.kpiId} still in breach after board referral; contract remedies recommended (default notice, step-in or non-extension).`,
};
