/** Draws the twelve-month trend chart (SVG), its legend and the table of its figures. */
import type { KpiValue, MatrixColumn, MatrixRow } from '../board-view-models.js';
import { $, h, s } from './dom.js';
import { formatFigure, monthLabel, shortMonth } from './format.js';
import { unitLabel } from './labels.js';
import {
  axisLabel,
  type LineStyle,
  linePath,
  type MarkerKind,
  trendCaption,
  trendLines,
  trendMonths,
  trendRange,
  trendSummary,
} from './trend-model.js';

function marker(kind: MarkerKind, x: number, y: number, style: LineStyle): SVGElement {
  const common = { fill: style.colour, stroke: '#ffffff', 'stroke-width': 1 };
  if (kind === 'square') return s('rect', { x: x - 4.5, y: y - 4.5, width: 9, height: 9, ...common });
  if (kind === 'triangle') return s('path', { d: `M${x} ${y - 6}L${x + 5.5} ${y + 4}L${x - 5.5} ${y + 4}Z`, ...common });
  if (kind === 'diamond') return s('path', { d: `M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z`, ...common });
  if (kind === 'cross')
    return s('path', {
      d: `M${x - 5} ${y - 5}L${x + 5} ${y + 5}M${x + 5} ${y - 5}L${x - 5} ${y + 5}`,
      stroke: style.colour,
      'stroke-width': 2.5,
    });
  return s('circle', { cx: x, cy: y, r: 5, ...common });
}

function legendSwatch(style: LineStyle): SVGElement {
  const svg = s('svg', { viewBox: '0 0 36 14', width: 36, height: 14, 'aria-hidden': 'true', focusable: 'false' });
  svg.append(
    s('path', { d: 'M2 7H34', stroke: style.colour, 'stroke-width': style.width ?? 2.5, 'stroke-dasharray': style.dash, fill: 'none' }),
    marker(style.marker, 18, 7, style),
  );
  return svg;
}

function legendLine(cls: string): SVGElement {
  const svg = s('svg', { viewBox: '0 0 36 14', width: 36, height: 14, 'aria-hidden': 'true', focusable: 'false' });
  svg.append(s('line', { x1: 2, x2: 34, y1: 7, y2: 7, class: cls }));
  return svg;
}

/** The chart of `column` for the twelve months to `month`: a line for each row of the matrix. */
export function renderTrend(column: MatrixColumn, rows: readonly MatrixRow[], month: string, values: readonly KpiValue[]): void {
  const months = trendMonths(month);
  const lines = trendLines(rows, months, values);
  const { bottom, top } = trendRange(lines, column);

  const W = 760,
    H = 340,
    left = 56,
    right = 170,
    topPad = 20,
    bottomPad = 44;
  const x = (i: number) => left + (i * (W - left - right)) / (months.length - 1);
  const y = (v: number) => topPad + ((top - v) * (H - topPad - bottomPad)) / (top - bottom || 1);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'trend-svg', role: 'img', focusable: 'false' });

  // axes and gridlines
  const ticks = 5;
  for (let t = 0; t <= ticks; t++) {
    const v = bottom + ((top - bottom) * t) / ticks;
    svg.append(s('line', { x1: left, x2: W - right, y1: y(v), y2: y(v), class: 'grid' }));
    svg.append(s('text', { x: left - 8, y: y(v) + 4, 'text-anchor': 'end', class: 'axis-label' }, axisLabel(v, column.unit)));
  }
  months.forEach((m, i) =>
    svg.append(s('text', { x: x(i), y: H - bottomPad + 20, 'text-anchor': 'middle', class: 'axis-label' }, shortMonth(m))),
  );
  svg.append(s('line', { x1: left, x2: left, y1: topPad, y2: H - bottomPad, class: 'axis' }));
  svg.append(s('line', { x1: left, x2: W - right, y1: H - bottomPad, y2: H - bottomPad, class: 'axis' }));

  // target and floor: labelled dashed lines
  for (const [label, value, cls] of [
    ['Target', column.target, 'target-line'],
    ['Floor', column.floor, 'floor-line'],
  ] as const) {
    if (value === undefined || value === null) continue;
    svg.append(s('line', { x1: left, x2: W - right, y1: y(value), y2: y(value), class: cls }));
    svg.append(
      s('text', { x: W - right + 6, y: y(value) + 4, class: `line-label ${cls}-label` }, `${label} ${formatFigure(value, column.unit)}`),
    );
  }

  // one line per member and the consortium, gaps where a month has no figure
  for (const line of lines) {
    const d = linePath(line.points, x, y);
    const g = s('g', { class: 'series' });
    if (d)
      g.append(
        s('path', {
          d,
          fill: 'none',
          stroke: line.style.colour,
          'stroke-width': line.style.width ?? 2.5,
          'stroke-dasharray': line.style.dash,
          'stroke-linejoin': 'round',
        }),
      );
    line.points.forEach((v, i) => v !== null && g.append(marker(line.style.marker, x(i), y(v), line.style)));
    svg.append(g);
  }

  svg.setAttribute('aria-label', trendSummary(column, months, lines, rows));
  $('#trend-chart').replaceChildren(svg);
  $('#trend-caption').textContent = trendCaption(column.name, months);
  $('#trend-legend').replaceChildren(
    ...lines.map((line) => h('li', {}, legendSwatch(line.style), line.name)),
    h('li', {}, legendLine('target-line'), 'Target'),
    h('li', {}, legendLine('floor-line'), 'Floor'),
  );

  const table = $<HTMLTableElement>('#trend-data');
  table.querySelector('caption')!.textContent = `${column.name}, month by month (${unitLabel(column.unit)})`;
  table.querySelector('thead')!.replaceChildren(
    h(
      'tr',
      {},
      h('th', { scope: 'col' }, 'Member'),
      months.map((m) => h('th', { scope: 'col' }, monthLabel(m))),
    ),
  );
  table.querySelector('tbody')!.replaceChildren(
    ...lines.map((line) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, line.name),
        line.points.map((v) => h('td', {}, formatFigure(v, column.unit))),
      ),
    ),
  );
}
