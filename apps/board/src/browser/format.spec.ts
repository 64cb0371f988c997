import { countOf, dayLabel, formatFigure, monthLabel, pounds, shortMonth, timeLabel, timerText } from './format.js';

describe('the page formats', () => {
  it('writes months and days in British English, whatever the browser’s time zone', () => {
    expect(monthLabel('2026-10')).toBe('October 2026');
    expect(monthLabel('2027-01')).toBe('January 2027');
    expect(shortMonth('2026-03')).toBe('Mar 26');
    expect(dayLabel('2026-11-09')).toBe('9 Nov 2026');
  });

  it('gives a moment in England’s time: British Summer Time in summer, GMT in winter', () => {
    expect(timeLabel('2026-07-01T13:05:00Z')).toBe('1 Jul, 14:05');
    expect(timeLabel('2026-12-01T13:05:00Z')).toBe('1 Dec, 13:05');
  });

  it('writes money from pence, nothing as £0.00', () => {
    expect(pounds(125000)).toBe('£1,250.00');
    expect(pounds(-250)).toBe('-£2.50');
    expect(pounds(undefined)).toBe('£0.00');
    expect(pounds(null)).toBe('£0.00');
  });

  it('writes a KPI figure with its unit, to one decimal place when it is not whole', () => {
    expect(formatFigure(85.714, '%')).toBe('85.7%');
    expect(formatFigure(90, '%')).toBe('90%');
    expect(formatFigure(12, 'days')).toBe('12 days');
    expect(formatFigure(42, 'count')).toBe('42');
    expect(formatFigure(4.25, 'score')).toBe('4.3 of 5');
    expect(formatFigure(0, 'count')).toBe('0');
    expect(formatFigure(null, '%')).toBe('No data');
    expect(formatFigure(undefined, 'days')).toBe('No data');
  });

  it('counts in the singular and the plural', () => {
    expect(countOf(1, 'case', 'cases')).toBe('1 case');
    expect(countOf(0, 'case', 'cases')).toBe('0 cases');
    expect(countOf(3, 'case', 'cases')).toBe('3 cases');
  });

  it('reads a case’s timer', () => {
    expect(timerText({ paused: true, workingDaysLeft: null })).toBe('Timer paused');
    expect(timerText({ paused: false, workingDaysLeft: null })).toBe('No deadline at this stage');
    expect(timerText({ paused: false, workingDaysLeft: 0 })).toBe('Due today');
    expect(timerText({ paused: false, workingDaysLeft: 5 })).toBe('5');
    expect(timerText({ paused: false, workingDaysLeft: -1 })).toBe('Overdue by 1 working day');
    expect(timerText({ paused: false, workingDaysLeft: -4 })).toBe('Overdue by 4 working days');
  });
});
