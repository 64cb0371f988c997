/** Draws the open cases by stage, the remedial plans due and the service credits ledger. */
import type { CreditsLedger, OpenCase, PlanDue } from '../board-view-models.js';
import type { BoardNames } from './board-names.js';
import { casesByStage, casesSummary, stageHeading } from './case-groups.js';
import { columnSums, netOfEntries, TOTAL_COLUMNS } from './credit-totals.js';
import { $, h } from './dom.js';
import { dayLabel, monthLabel, pounds, timerText } from './format.js';
import { creditStatusText, planStatusLabel } from './labels.js';

const dateCell = (day: string | null | undefined) => (day ? h('td', {}, h('time', { datetime: day }, dayLabel(day))) : h('td', {}, 'None'));

/** A tbody per stage held, furthest up the ladder (lowest first in `ladder`) first. */
export function renderCases(cases: readonly OpenCase[], ladder: readonly string[], names: BoardNames): void {
  const table = $<HTMLTableElement>('#open-cases');
  for (const body of table.querySelectorAll('tbody')) body.remove();
  if (!cases.length) table.append(h('tbody', {}, h('tr', {}, h('td', { colspan: 7 }, 'No open cases.'))));
  for (const { stage, cases: inStage } of casesByStage(cases, ladder)) {
    table.append(
      h(
        'tbody',
        { dataset: { stage } },
        h('tr', { class: 'stage-row' }, h('th', { scope: 'rowgroup', colspan: 7 }, stageHeading(names.stage(stage), inStage.length))),
        inStage.map((c) =>
          h(
            'tr',
            { dataset: { caseId: c.id }, class: c.overdue ? 'overdue' : undefined },
            h('td', {}, names.provider(c.providerId)),
            h('td', {}, names.kpi(c.kpiId)),
            h('td', {}, names.stage(c.stage)),
            dateCell(c.openedOn),
            dateCell(c.dueOn),
            h('td', { class: 'num' }, timerText(c)),
            h('td', {}, c.paused ? 'Yes' : 'No'),
          ),
        ),
      ),
    );
  }
  $('#cases-summary').textContent = casesSummary(cases, ladder, names.stage);
}

export function renderPlans(plans: readonly PlanDue[], names: BoardNames): void {
  $('#plans-due tbody').replaceChildren(
    ...(plans.length
      ? plans.map((p) =>
          h(
            'tr',
            { dataset: { planId: p.id }, class: p.overdue ? 'overdue' : undefined },
            h('td', {}, names.provider(p.providerId)),
            h('td', {}, names.kpi(p.kpiId)),
            h('td', { class: 'num' }, `Cycle ${p.cycle}`),
            h('td', {}, planStatusLabel(p.status)),
            dateCell(p.dueOn),
            h('td', {}, p.overdue ? h('strong', {}, 'Yes, overdue') : 'No'),
          ),
        )
      : [h('tr', {}, h('td', { colspan: 6 }, 'No remedial plans are due.'))]),
  );
}

export function renderCredits({ entries, totals }: CreditsLedger, names: BoardNames): void {
  const table = $<HTMLTableElement>('#credits');
  table
    .querySelector('tbody')!
    .replaceChildren(
      ...(entries.length
        ? entries.map((e) =>
            h(
              'tr',
              { dataset: { creditId: e.id } },
              h('td', {}, names.provider(e.providerId)),
              h('td', {}, names.kpi(e.kpiId)),
              h('td', {}, monthLabel(e.period)),
              h('td', {}, e.financialYear),
              h('td', {}, creditStatusText(e)),
              dateCell(e.accruedOn),
              h('td', { class: 'num' }, pounds(e.amountPence)),
            ),
          )
        : [h('tr', {}, h('td', { colspan: 7 }, 'No service credits.'))]),
    );
  table
    .querySelector('tfoot')!
    .replaceChildren(
      h('tr', {}, h('th', { scope: 'row', colspan: 6 }, 'Net withheld'), h('td', { class: 'num' }, pounds(netOfEntries(entries)))),
    );
  const totalsTable = $<HTMLTableElement>('#credit-totals');
  totalsTable.querySelector('tbody')!.replaceChildren(
    ...(totals.length
      ? totals.map((t) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, names.provider(t.providerId)),
            h('td', {}, t.financialYear),
            TOTAL_COLUMNS.map((k) => h('td', { class: 'num' }, pounds(t[k]))),
          ),
        )
      : [h('tr', {}, h('td', { colspan: 2 + TOTAL_COLUMNS.length }, 'No service credits.'))]),
  );
  totalsTable.querySelector('tfoot')!.replaceChildren(
    h(
      'tr',
      {},
      h('th', { scope: 'row', colspan: 2 }, 'All providers'),
      columnSums(totals).map((pence) => h('td', { class: 'num' }, pounds(pence))),
    ),
  );
}
