/** The area board view: consortium-wide figures only, small numbers suppressed (the server does the suppressing). */
import type { AreaSummary } from '../board-view-models.js';
import { $, h, hidden } from './dom.js';
import { monthLabel } from './format.js';
import { arrowOf, ragIcon, ragKeyOf } from './labels.js';

export function renderArea(summary: AreaSummary): void {
  $('#area-rule').textContent = summary.rule;
  $('#area-summary caption').textContent = `Consortium-wide KPI figures for ${monthLabel(summary.period)}, small numbers suppressed`;
  $('#area-summary tbody').replaceChildren(
    ...(summary.rows.length
      ? summary.rows.map((r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, r.shortName, hidden(`: ${r.name}`)),
            h('td', {}, r.consortium),
            h('td', { class: 'num' }, r.count ?? r.denominator ?? '–'),
            h('td', { class: 'num' }, r.numerator ?? '–'),
            h(
              'td',
              { class: 'num' },
              r.value ?? '',
              r.value === null || r.value === '*'
                ? h('span', { class: 'withheld' }, r.value === null ? 'Not shown' : '', r.withheld ? ` (${r.withheld})` : '')
                : null,
            ),
            h(
              'td',
              {},
              r.rag
                ? h(
                    'span',
                    { class: `rag-badge rag-${ragKeyOf(r.rag)}` },
                    h('span', { class: 'rag-icon', 'aria-hidden': 'true' }, ragIcon(ragKeyOf(r.rag))),
                    ` ${r.rag}`,
                  )
                : 'Not shown',
            ),
            h(
              'td',
              {},
              r.direction
                ? [h('span', { 'aria-hidden': 'true', class: 'arrow' }, arrowOf(r.direction, '')), ` ${r.direction}`]
                : 'Not shown',
            ),
          ),
        )
      : [h('tr', {}, h('td', { colspan: 7 }, 'No consortium figures for this month.'))]),
  );
}

/** Shows the area board's sections and hides the members' (or the other way round). */
export function showAreaLevel(on: boolean): void {
  $('#area-view').setAttribute('aria-pressed', String(on));
  for (const el of document.querySelectorAll<HTMLElement>('[data-provider-level]')) el.hidden = on;
  for (const el of document.querySelectorAll<HTMLElement>('[data-area-level]')) el.hidden = !on;
  document.body.classList.toggle('area-mode', on);
}
