import { FormalDocument, paragraph, table } from '@carers/platform/documents';
import { Notice, NoticeFigure, noticeReference } from '../domain/notice';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
export const longDay = (day: string) => DAY.format(new Date(`${day}T00:00:00Z`));
const longMonth = (period: string) => MONTH.format(new Date(`${period}-01T00:00:00Z`));
const figure = (v: number | null) => (v === null ? 'no figure' : String(Math.round(v * 10) / 10));

const TITLES = {
  'contract-performance-notice': 'Contract Performance Notice',
  'improvement-notice': 'Improvement notice',
  'exception-report': 'Exception report',
} as const;

function figuresTable(figures: readonly NoticeFigure[]) {
  return table(
    ['Month', 'Figure', 'Target', 'Floor', 'Status', 'Figures'],
    figures.map((f) => [
      longMonth(f.period),
      figure(f.value),
      figure(f.target),
      figure(f.floor),
      f.breached ? 'in breach' : f.status,
      f.closure === 'confirmed' ? 'confirmed' : f.closure === 'provisional' ? 'provisional' : 'not yet closed',
    ]),
  );
}

function whatItIs(n: Notice): string {
  switch (n.kind) {
    case 'contract-performance-notice':
      return `${n.council} gives notice that ${n.addressee}'s performance on the measure "${n.kpiId}" has not met the level the contract requires, on the confirmed figures below. This is the first formal step of the contract's performance management (as in the NHS Standard Contract, GC9).`;
    case 'improvement-notice':
      return `The remedial action plan for the measure "${n.kpiId}" has not been delivered. ${n.council} requires ${n.addressee} to bring its performance on this measure back to the level the contract requires.`;
    case 'exception-report':
      return `Performance on the measure "${n.kpiId}" has not recovered through the remedial steps so far, and the case has been referred to the council's Performance and Outcomes Board. ${n.council} asks that this report is put before the board (governing body) of ${n.addressee}.`;
  }
}

function whatNext(n: Notice): string {
  switch (n.kind) {
    case 'contract-performance-notice':
      return `A contract management meeting will be held${n.actBy ? ` by ${longDay(n.actBy)}` : ''} to agree whether a joint investigation or a remedial action plan is needed.`;
    case 'improvement-notice':
      return `If the measure is still in breach${n.actBy ? ` on ${longDay(n.actBy)}` : ' when the notice period ends'}, service credits apply under the contract's service credit schedule.`;
    case 'exception-report':
      return "The council's board will consider the case at its next meeting, with the service credits withheld so far; further months in breach may lead it to consider the contract's remedies.";
  }
}

/** The notice as served (ADR 0026): from the figures and policy version recorded when it was served, never from today's. */
export function noticeDocument(n: Notice): FormalDocument {
  return {
    title: TITLES[n.kind],
    from: [n.council, ...(n.contractId ? [`Contract ${n.contractId}`] : [])],
    to: [n.addressee],
    facts: [
      ['Reference', noticeReference(n)],
      ['Served on', longDay(n.servedOn)],
      ['Respond by', longDay(n.respondBy)],
      ...(n.actBy ? [[n.kind === 'improvement-notice' ? 'Comply by' : 'Meeting by', longDay(n.actBy)] as const] : []),
      ['Escalation policy', `version ${n.policyVersion}`],
    ],
    sections: [
      { heading: 'What this notice is', blocks: [paragraph(whatItIs(n))] },
      { heading: 'The figures', blocks: [figuresTable(n.figures)] },
      { heading: 'What happens next', blocks: [paragraph(whatNext(n))] },
      {
        heading: 'Your answer',
        blocks: [
          paragraph(
            `Accept or dispute this notice by ${longDay(n.respondBy)} (${n.responseDays} working days), through the platform (POST /notices/${n.id}/answer) or from your own system on your provider.notice-response.v1 stream.`,
          ),
          paragraph(
            "A dispute gives your grounds. The case's clock stops until a council officer decides the dispute and gives reasons. If you have not answered by then, the notice is deemed accepted.",
          ),
        ],
      },
    ],
  };
}
