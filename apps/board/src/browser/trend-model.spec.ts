import type { MatrixRow } from '../board-view-models.js';
import {
  axisLabel,
  CONSORTIUM_STYLE,
  LINE_STYLES,
  linePath,
  trendCaption,
  trendLines,
  trendMonths,
  trendRange,
  trendSummary,
} from './trend-model.js';

const row = (providerId: string, name: string, consortium = false): MatrixRow => ({ providerId, name, consortium, cells: [] });

describe('the twelve-month trend', () => {
  it('charts the twelve months to the chosen month, oldest first, across a year end', () => {
    expect(trendMonths('2026-03')).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
  });

  it('draws a line per member and the consortium, with gaps for months without a figure', () => {
    const months = ['2026-08', '2026-09', '2026-10'];
    const rows = [row('vale', 'Vale Family Support'), row('downs', 'Downs Carers'), row('together', 'Consortium', true)];
    const lines = trendLines(rows, months, [
      { providerId: 'vale', period: '2026-08', value: 80 },
      { providerId: 'vale', period: '2026-10', value: 85.5 },
      { providerId: 'together', period: '2026-09', value: 0 },
      { providerId: 'downs', period: '2026-09', value: null },
      { providerId: 'vale', period: '2025-10', value: 99 },
    ]);
    expect(lines.map((l) => [l.name, l.points])).toEqual([
      ['Vale Family Support', [80, null, 85.5]],
      ['Downs Carers', [null, null, null]],
      ['Consortium', [null, 0, null]],
    ]);
    expect(lines.map((l) => l.style)).toEqual([LINE_STYLES[0], LINE_STYLES[1], CONSORTIUM_STYLE]);
  });

  it('tells every member’s line apart by dash and marker as well as colour', () => {
    expect(new Set(LINE_STYLES.map((s) => s.colour)).size).toBe(LINE_STYLES.length);
    expect(new Set(LINE_STYLES.slice(0, 5).map((s) => s.marker)).size).toBe(5);
    expect(new Set(LINE_STYLES.map((s) => s.dash)).size).toBe(LINE_STYLES.length);
  });

  it('scales a percentage from 0 to 100, anything else from 0 to a little over the highest figure or line', () => {
    const lines = [{ name: 'x', style: CONSORTIUM_STYLE, points: [12, null, 30] }];
    expect(trendRange(lines, { unit: '%', target: 90, floor: 80 })).toEqual({ bottom: 0, top: 100 });
    expect(trendRange(lines, { unit: 'days', target: 14, floor: 40 })).toEqual({ bottom: 0, top: 46 });
    expect(trendRange(lines, { unit: 'days' })).toEqual({ bottom: 0, top: 35 });
    expect(trendRange([{ ...lines[0], points: [-3, 2] }], { unit: 'score' })).toEqual({ bottom: -3, top: 3 });
    expect(trendRange([], { unit: 'count' })).toEqual({ bottom: 0, top: 2 });
  });

  it('lifts the pen over a month without a figure', () => {
    const x = (i: number) => i * 10;
    const y = (v: number) => 100 - v;
    expect(linePath([1, 2, null, 4, 5], x, y)).toBe('M0.0 99.0L10.0 98.0M30.0 96.0L40.0 95.0');
    expect(linePath([null, null], x, y)).toBe('');
  });

  it('labels the value axis', () => {
    expect(axisLabel(33.333, '%')).toBe('33.3%');
    expect(axisLabel(12, 'days')).toBe('12');
  });

  it('tells a screen reader what the chart shows, and captions it', () => {
    const months = trendMonths('2026-10');
    const rows = [row('vale', 'Vale Family Support'), row('together', 'Consortium', true)];
    const lines = trendLines(rows, months, [{ providerId: 'vale', period: '2026-10', value: 85.714 }]);
    const column = {
      name: 'First contact within 10 working days',
      unit: '%' as const,
      target: 90,
      floor: 80,
      direction: 'higher-is-better' as const,
    };
    expect(trendSummary(column, months, lines, rows)).toBe(
      'Line chart: First contact within 10 working days, November 2025 to October 2026, one line for each of 1 members and the consortium. ' +
        'Target 90%, floor 80%. In October 2026: Vale Family Support 85.7%; Consortium No data. The figures are in the table that follows.',
    );
    expect(trendSummary({ ...column, unit: 'days', target: 14, floor: 21, direction: 'lower-is-better' }, months, lines, rows)).toContain(
      'Target 14 days, floor 21 days, lower is better. ',
    );
    expect(trendSummary({ name: 'Support groups', unit: 'count' }, months, lines, rows)).toContain('and the consortium. In October 2026:');
    expect(trendCaption('Waiting list', months)).toBe('Waiting list: the twelve months to October 2026.');
  });
});
