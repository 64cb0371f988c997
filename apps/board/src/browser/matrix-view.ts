/** Draws the RAG matrix, its KPI key and the trend chart's KPI choice. */
import type { MatrixColumn, RagMatrix } from '../board-view-models.js';
import { $, h, hidden } from './dom.js';
import { arrowOf, ragIcon, unitLabel } from './labels.js';
import { kpiKeyNote, matrixCaption } from './matrix-text.js';

export function renderMatrix(matrix: RagMatrix, trendKpi: string | undefined, onChooseKpi: (kpiId: string) => void): void {
  const table = $<HTMLTableElement>('#rag-matrix');
  table.querySelector('caption')!.textContent = matrixCaption(matrix);
  table.querySelector('thead')!.replaceChildren(
    h(
      'tr',
      {},
      h('th', { scope: 'col' }, 'Member'),
      matrix.columns.map((c) =>
        h(
          'th',
          { scope: 'col' },
          h(
            'button',
            {
              type: 'button',
              class: 'kpi-head',
              dataset: { kpiId: c.kpiId },
              'aria-pressed': String(c.kpiId === trendKpi),
              onclick: () => onChooseKpi(c.kpiId),
            },
            c.shortName,
            h('span', { class: 'unit' }, ` (${unitLabel(c.unit)})`),
            hidden(': chart its trend'),
          ),
        ),
      ),
    ),
  );
  table.querySelector('tbody')!.replaceChildren(
    ...matrix.rows.map((r) =>
      h(
        'tr',
        { class: r.consortium ? 'consortium-row' : undefined },
        h('th', { scope: 'row' }, r.name),
        r.cells.map((c) =>
          h(
            'td',
            { class: `rag-cell rag-${c.rag}` },
            h('span', { class: 'cell-value' }, c.display),
            h('span', { class: 'rag-badge' }, h('span', { class: 'rag-icon', 'aria-hidden': 'true' }, ragIcon(c.rag)), ` ${c.ragLabel}`),
            c.value === null
              ? null
              : h(
                  'span',
                  { class: 'direction' },
                  h('span', { 'aria-hidden': 'true', class: 'arrow' }, arrowOf(c.direction)),
                  hidden(`, ${c.direction}`),
                ),
            c.breached ? h('span', { class: 'flag' }, 'Breached') : null,
            c.relief ? h('span', { class: 'flag' }, `Relief: ${c.relief}`) : null,
          ),
        ),
      ),
    ),
  );
  $('#kpi-key').replaceChildren(...matrix.columns.flatMap((c) => [h('dt', {}, c.shortName), h('dd', {}, c.name, kpiKeyNote(c))]));
}

/** The trend chart's KPI choice, `chosen` selected. */
export function fillTrendChoices(columns: readonly MatrixColumn[], chosen: string | undefined): void {
  $('#trend-kpi').replaceChildren(
    ...columns.map((c) => h('option', { value: c.kpiId, selected: c.kpiId === chosen }, `${c.shortName} (${unitLabel(c.unit)})`)),
  );
}

/** Marks the charted KPI: selected in the choice, pressed among the matrix headings. */
export function markChosenKpi(kpiId: string): void {
  $<HTMLSelectElement>('#trend-kpi').value = kpiId;
  for (const b of document.querySelectorAll<HTMLElement>('#rag-matrix .kpi-head'))
    b.setAttribute('aria-pressed', String(b.dataset['kpiId'] === kpiId));
}
