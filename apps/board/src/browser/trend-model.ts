/** The twelve-month trend chart worked out without drawing it: months, lines, scale, paths and the words read out. Pure. */
// The page loads plain ES modules without a bundler: libs/calendar's months module is compiled beside this one (see
// tsconfig.browser.json) and reached by its relative path, so the page and the server share one month arithmetic.
// (The path alias @carers/calendar would need an import map, which the Content-Security-Policy refuses inline; the
// dependency itself, an app on a kernel lib, is one the module boundaries allow.)
// eslint-disable-next-line @nx/enforce-module-boundaries
import { monthsEndingWith } from '../../../../libs/calendar/src/months.js';
import type { KpiValue, MatrixColumn, MatrixRow } from '../board-view-models.js';
import { formatFigure, monthLabel } from './format.js';

export type MarkerKind = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';

export interface LineStyle {
  colour: string;
  dash: string;
  marker: MarkerKind;
  width?: number;
}

/** Colour, dash and marker all differ, so no line is told apart by colour alone. */
export const LINE_STYLES: readonly LineStyle[] = [
  { colour: '#1d4ed8', dash: '', marker: 'circle' },
  { colour: '#b45309', dash: '8 4', marker: 'square' },
  { colour: '#047857', dash: '2 3', marker: 'triangle' },
  { colour: '#7c3aed', dash: '12 4 2 4', marker: 'diamond' },
  { colour: '#be123c', dash: '4 2', marker: 'cross' },
  { colour: '#0f766e', dash: '1 2', marker: 'circle' },
];
export const CONSORTIUM_STYLE: LineStyle = { colour: '#111827', dash: '', marker: 'square', width: 4 };

export interface TrendLine {
  name: string;
  style: LineStyle;
  /** One figure a month, oldest first; null where the month has none. */
  points: (number | null)[];
}

/** The twelve months charted for `month`, oldest first, `month` last. */
export const trendMonths = (month: string): string[] => monthsEndingWith(month, 12);

/** A line per matrix row (each member, then the consortium), with its figure for each month. */
export function trendLines(rows: readonly MatrixRow[], months: readonly string[], values: readonly KpiValue[]): TrendLine[] {
  return rows.map((r, i) => ({
    name: r.name,
    style: r.consortium ? CONSORTIUM_STYLE : LINE_STYLES[i % LINE_STYLES.length],
    points: months.map((m) => values.find((v) => v.providerId === r.providerId && v.period === m)?.value ?? null),
  }));
}

/** The value axis: 0 to 100 for a percentage; otherwise from 0 (or the lowest figure) to a little above the highest figure, target or floor. */
export function trendRange(
  lines: readonly TrendLine[],
  column: Pick<MatrixColumn, 'unit' | 'target' | 'floor'>,
): { bottom: number; top: number } {
  if (column.unit === '%') return { bottom: 0, top: 100 };
  const all = lines.flatMap((l) => l.points).filter((v): v is number => v !== null);
  const marks = [column.target, column.floor].filter((v): v is number => v !== undefined && v !== null);
  return { bottom: Math.min(0, ...all, ...marks), top: Math.ceil(Math.max(...all, ...marks, 1) * 1.15) };
}

/** An SVG path through the points, lifting the pen over months with no figure ("" when there is none). */
export function linePath(points: readonly (number | null)[], x: (i: number) => number, y: (v: number) => number): string {
  let d = '';
  let pen = false;
  points.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
    pen = true;
  });
  return d;
}

/** A gridline's label: rounded to one decimal place, with % for a percentage. */
export const axisLabel = (v: number, unit: string): string => `${Math.round(v * 10) / 10}${unit === '%' ? '%' : ''}`;

/** What a screen reader is told the chart shows; the figures themselves are in the table after it. */
export function trendSummary(
  column: Pick<MatrixColumn, 'name' | 'unit' | 'target' | 'floor' | 'direction'>,
  months: readonly string[],
  lines: readonly TrendLine[],
  rows: readonly Pick<MatrixRow, 'consortium'>[],
): string {
  const last = months[months.length - 1];
  const latest = lines.map((l) => `${l.name} ${formatFigure(l.points.at(-1), column.unit)}`).join('; ');
  const members = lines.length - rows.filter((r) => r.consortium).length;
  const marks =
    column.target !== undefined
      ? `Target ${formatFigure(column.target, column.unit)}, floor ${formatFigure(column.floor, column.unit)}${column.direction === 'lower-is-better' ? ', lower is better' : ''}. `
      : '';
  return (
    `Line chart: ${column.name}, ${monthLabel(months[0])} to ${monthLabel(last)}, one line for each of ${members} members and the consortium. ` +
    `${marks}In ${monthLabel(last)}: ${latest}. The figures are in the table that follows.`
  );
}

/** The figure's caption: "Contact within 10 days: the twelve months to October 2026." */
export const trendCaption = (name: string, months: readonly string[]): string =>
  `${name}: the twelve months to ${monthLabel(months[months.length - 1])}.`;
