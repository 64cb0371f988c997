// The Performance and Outcomes Board page: plain ES module, no build step. Every figure comes from the board server
// (/api/...), which signs in to the services for the page; the page never holds a token. Text is set with textContent only.

const STAGES = ['amber-notice', 'review-meeting', 'remedial-plan', 'improvement-notice', 'service-credits', 'board-referral', 'contract-remedy'];
const STAGE_NAMES = {
  'amber-notice': 'Amber notice', 'review-meeting': 'Review meeting', 'remedial-plan': 'Remedial plan', 'improvement-notice': 'Improvement notice',
  'service-credits': 'Service credits', 'board-referral': 'Board referral', 'contract-remedy': 'Contract remedy',
};
const ALERT_KINDS = {
  'board-referral': 'Referred to the board', 'credit-accrued': 'Service credit accrued', 'plan-failed': 'Remedial plan failed',
  'case-closed': 'Case closed', 'contract-remedy-recommended': 'Contract remedy recommended',
};
const PLAN_STATUSES = { requested: 'Requested from the provider', submitted: 'Submitted, awaiting decision', approved: 'Approved, actions in progress' };
const CREDIT_STATUSES = { accrued: 'Accrued', waived: 'Waived', adjusted: 'Adjusted' };
const RAG_ICONS = { green: '●', amber: '▲', red: '■', 'no-data': '○' };
const ARROWS = { improving: '↑', worsening: '↓', 'no change': '→', 'no earlier figure': '–' };
// line styles for the trend chart: colour, dash and marker differ, so no line is told apart by colour alone
const LINE_STYLES = [
  { colour: '#1d4ed8', dash: '', marker: 'circle' },
  { colour: '#b45309', dash: '8 4', marker: 'square' },
  { colour: '#047857', dash: '2 3', marker: 'triangle' },
  { colour: '#7c3aed', dash: '12 4 2 4', marker: 'diamond' },
  { colour: '#be123c', dash: '4 2', marker: 'cross' },
  { colour: '#0f766e', dash: '1 2', marker: 'circle' },
];
const CONSORTIUM_STYLE = { colour: '#111827', dash: '', marker: 'square', width: 4 };
const MAX_ALERTS = 100;

const state = {
  board: undefined,
  month: undefined,
  matrix: undefined,
  trendKpi: undefined,
  area: false,
  alerts: new Map(),
  providerNames: new Map(),
  kpiNames: new Map(),
};

const $ = (selector) => document.querySelector(selector);

/** Makes an element: h('td', { class: 'num' }, 'text', child). Strings become text nodes, never HTML. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...children.flat().filter((c) => c !== undefined && c !== null && c !== false).map((c) => (c instanceof Node ? c : String(c))));
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';
function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined && value !== null && value !== '') el.setAttribute(name, String(value));
  el.append(...children.map((c) => (c instanceof Node ? c : String(c))));
  return el;
}

const hidden = (text) => h('span', { class: 'visually-hidden' }, text);

async function getJson(url) {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => undefined);
  if (!response.ok) throw new Error(body?.message ? `${body.message} (${response.status})` : `the server answered ${response.status}`);
  return body;
}

// ---- formatting -------------------------------------------------------------------------------------------------

const monthLabel = (period) => new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${period}-01T00:00:00Z`));
const shortMonth = (period) => new Intl.DateTimeFormat('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${period}-01T00:00:00Z`));
const dayLabel = (day) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
const timeLabel = (iso) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' }).format(new Date(iso));
const pounds = (pence) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format((pence ?? 0) / 100);
const dateCell = (day) => (day ? h('td', {}, h('time', { datetime: day }, dayLabel(day))) : h('td', {}, 'None'));
const providerName = (id) => state.providerNames.get(id) ?? id;
const kpiName = (id) => state.kpiNames.get(id) ?? id;
const UNIT_SUFFIX = { '%': '%', days: ' days', count: '', score: ' of 5' };
const formatFigure = (value, unit) => (value === null || value === undefined ? 'No data' : `${Number.isInteger(value) ? value : value.toFixed(1)}${UNIT_SUFFIX[unit] ?? ''}`);

function showError(key, error) {
  const el = document.querySelector(`[data-error-for="${key}"]`);
  if (!el) return;
  el.hidden = !error;
  el.textContent = error ? `Could not load this section: ${error.message}` : '';
}

function pageStatus(text) {
  $('#page-status').textContent = text;
}

// ---- month selector ---------------------------------------------------------------------------------------------

function fillMonths() {
  const select = $('#month');
  select.replaceChildren(...state.board.months.map((m, i) => h('option', { value: m, selected: m === state.month }, `${monthLabel(m)}${i === 0 ? ' (so far)' : ''}`)));
}

function showMonth() {
  $('#month-label').textContent = monthLabel(state.month);
  document.title = `Performance and Outcomes Board: ${state.board.council.name}, ${monthLabel(state.month)}`;
}

// ---- RAG matrix -------------------------------------------------------------------------------------------------

function unitLabel(unit) {
  return { '%': '%', days: 'days', count: 'count', score: 'score of 5' }[unit] ?? unit;
}

function renderMatrix(matrix) {
  const table = $('#rag-matrix');
  const status = { open: 'figures still open', provisional: `provisional${matrix.disputeUntil ? `, open to dispute until ${dayLabel(matrix.disputeUntil)}` : ''}`, confirmed: 'confirmed' }[matrix.status] ?? matrix.status;
  table.querySelector('caption').textContent =
    `RAG status of each KPI for each consortium member and the consortium, ${monthLabel(matrix.period)} (${status}). ` +
    'Each cell gives the value, the RAG status and the direction of travel since the month before. Choose a KPI heading to chart its trend.';
  table.querySelector('thead').replaceChildren(h('tr', {},
    h('th', { scope: 'col' }, 'Member'),
    matrix.columns.map((c) => h('th', { scope: 'col' },
      h('button', { type: 'button', class: 'kpi-head', dataset: { kpiId: c.kpiId }, 'aria-pressed': String(c.kpiId === state.trendKpi), onclick: () => chooseTrend(c.kpiId, true) },
        c.shortName, h('span', { class: 'unit' }, ` (${unitLabel(c.unit)})`), hidden(': chart its trend'))))));
  table.querySelector('tbody').replaceChildren(...matrix.rows.map((r) => h('tr', { class: r.consortium ? 'consortium-row' : undefined },
    h('th', { scope: 'row' }, r.name),
    r.cells.map((c) => h('td', { class: `rag-cell rag-${c.rag}` },
      h('span', { class: 'cell-value' }, c.display),
      h('span', { class: 'rag-badge' }, h('span', { class: 'rag-icon', 'aria-hidden': 'true' }, RAG_ICONS[c.rag] ?? '○'), ` ${c.ragLabel}`),
      c.value === null ? null : h('span', { class: 'direction' }, h('span', { 'aria-hidden': 'true', class: 'arrow' }, ARROWS[c.direction] ?? '–'), hidden(`, ${c.direction}`)),
      c.breached ? h('span', { class: 'flag' }, 'Breached') : null,
      c.relief ? h('span', { class: 'flag' }, `Relief: ${c.relief}`) : null)))));
  $('#kpi-key').replaceChildren(...matrix.columns.flatMap((c) => [
    h('dt', {}, c.shortName),
    h('dd', {}, c.name, c.target !== undefined ? ` Target ${formatFigure(c.target, c.unit)}, floor ${formatFigure(c.floor, c.unit)}${c.direction === 'lower-is-better' ? ' (lower is better)' : ''}.` : ''),
  ]));
}

function rememberNames(matrix) {
  for (const r of matrix.rows) if (!r.consortium) state.providerNames.set(r.providerId, r.name);
  for (const r of matrix.rows) if (r.consortium) state.providerNames.set(r.providerId, r.name);
  for (const c of matrix.columns) state.kpiNames.set(c.kpiId, c.shortName);
}

// ---- trend chart ------------------------------------------------------------------------------------------------

function fillTrendChoices(matrix) {
  if (!state.trendKpi || !matrix.columns.some((c) => c.kpiId === state.trendKpi)) state.trendKpi = matrix.columns[0]?.kpiId;
  $('#trend-kpi').replaceChildren(...matrix.columns.map((c) => h('option', { value: c.kpiId, selected: c.kpiId === state.trendKpi }, `${c.shortName} (${unitLabel(c.unit)})`)));
}

function chooseTrend(kpiId, fromHeader) {
  state.trendKpi = kpiId;
  $('#trend-kpi').value = kpiId;
  for (const b of document.querySelectorAll('#rag-matrix .kpi-head')) b.setAttribute('aria-pressed', String(b.dataset.kpiId === kpiId));
  void loadTrend().then(() => {
    if (fromHeader) pageStatus(`Trend chart now shows ${kpiName(kpiId)}.`);
  });
}

function twelveMonthsTo(period) {
  const months = [period];
  while (months.length < 12) {
    const [y, m] = months[0].split('-').map(Number);
    months.unshift(m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`);
  }
  return months;
}

async function loadTrend() {
  const column = state.matrix?.columns.find((c) => c.kpiId === state.trendKpi);
  if (!column) return;
  try {
    const { values } = await getJson(`/api/performance/kpi-values?kpiId=${encodeURIComponent(column.kpiId)}`);
    showError('trend');
    renderTrend(column, values);
  } catch (error) {
    showError('trend', error);
  }
}

function marker(kind, x, y, style) {
  const common = { fill: style.colour, stroke: '#ffffff', 'stroke-width': 1 };
  if (kind === 'square') return s('rect', { x: x - 4.5, y: y - 4.5, width: 9, height: 9, ...common });
  if (kind === 'triangle') return s('path', { d: `M${x} ${y - 6}L${x + 5.5} ${y + 4}L${x - 5.5} ${y + 4}Z`, ...common });
  if (kind === 'diamond') return s('path', { d: `M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z`, ...common });
  if (kind === 'cross') return s('path', { d: `M${x - 5} ${y - 5}L${x + 5} ${y + 5}M${x + 5} ${y - 5}L${x - 5} ${y + 5}`, stroke: style.colour, 'stroke-width': 2.5 });
  return s('circle', { cx: x, cy: y, r: 5, ...common });
}

function renderTrend(column, values) {
  const months = twelveMonthsTo(state.month);
  const rows = state.matrix.rows;
  const series = rows.map((r, i) => ({
    name: r.name,
    style: r.consortium ? CONSORTIUM_STYLE : LINE_STYLES[i % LINE_STYLES.length],
    points: months.map((m) => values.find((v) => v.providerId === r.providerId && v.period === m)?.value ?? null),
  }));
  const all = series.flatMap((x) => x.points).filter((v) => v !== null);
  const lines = [column.target, column.floor].filter((v) => v !== undefined && v !== null);
  let top = Math.max(...all, ...lines, 1);
  let bottom = Math.min(0, ...all, ...lines);
  if (column.unit === '%') [bottom, top] = [0, 100];
  else top = Math.ceil(top * 1.15);

  const W = 760, H = 340, left = 56, right = 170, topPad = 20, bottomPad = 44;
  const x = (i) => left + (i * (W - left - right)) / (months.length - 1);
  const y = (v) => topPad + ((top - v) * (H - topPad - bottomPad)) / (top - bottom || 1);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'trend-svg', role: 'img', focusable: 'false' });

  // axes and gridlines
  const ticks = 5;
  for (let t = 0; t <= ticks; t++) {
    const v = bottom + ((top - bottom) * t) / ticks;
    svg.append(s('line', { x1: left, x2: W - right, y1: y(v), y2: y(v), class: 'grid' }));
    svg.append(s('text', { x: left - 8, y: y(v) + 4, 'text-anchor': 'end', class: 'axis-label' }, `${Math.round(v * 10) / 10}${column.unit === '%' ? '%' : ''}`));
  }
  months.forEach((m, i) => svg.append(s('text', { x: x(i), y: H - bottomPad + 20, 'text-anchor': 'middle', class: 'axis-label' }, shortMonth(m))));
  svg.append(s('line', { x1: left, x2: left, y1: topPad, y2: H - bottomPad, class: 'axis' }));
  svg.append(s('line', { x1: left, x2: W - right, y1: H - bottomPad, y2: H - bottomPad, class: 'axis' }));

  // target and floor: labelled dashed lines
  for (const [label, value, cls] of [['Target', column.target, 'target-line'], ['Floor', column.floor, 'floor-line']]) {
    if (value === undefined || value === null) continue;
    svg.append(s('line', { x1: left, x2: W - right, y1: y(value), y2: y(value), class: cls }));
    svg.append(s('text', { x: W - right + 6, y: y(value) + 4, class: `line-label ${cls}-label` }, `${label} ${formatFigure(value, column.unit)}`));
  }

  // one line per member and the consortium, gaps where a month has no figure
  for (const line of series) {
    let d = '';
    let pen = false;
    line.points.forEach((v, i) => {
      if (v === null) return void (pen = false);
      d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
      pen = true;
    });
    const g = s('g', { class: 'series' });
    if (d) g.append(s('path', { d, fill: 'none', stroke: line.style.colour, 'stroke-width': line.style.width ?? 2.5, 'stroke-dasharray': line.style.dash, 'stroke-linejoin': 'round' }));
    line.points.forEach((v, i) => v !== null && g.append(marker(line.style.marker, x(i), y(v), line.style)));
    svg.append(g);
  }

  const latest = series.map((l) => `${l.name} ${formatFigure(l.points.at(-1), column.unit)}`).join('; ');
  const summary = `Line chart: ${column.name}, ${monthLabel(months[0])} to ${monthLabel(months.at(-1))}, one line for each of ${series.length - rows.filter((r) => r.consortium).length} members and the consortium. ` +
    `${column.target !== undefined ? `Target ${formatFigure(column.target, column.unit)}, floor ${formatFigure(column.floor, column.unit)}${column.direction === 'lower-is-better' ? ', lower is better' : ''}. ` : ''}` +
    `In ${monthLabel(months.at(-1))}: ${latest}. The figures are in the table that follows.`;
  svg.setAttribute('aria-label', summary);
  $('#trend-chart').replaceChildren(svg);
  $('#trend-caption').textContent = `${column.name}: the twelve months to ${monthLabel(months.at(-1))}.`;
  $('#trend-legend').replaceChildren(...series.map((line) => h('li', {}, legendSwatch(line.style), line.name)),
    h('li', {}, legendLine('target-line'), 'Target'), h('li', {}, legendLine('floor-line'), 'Floor'));

  const table = $('#trend-data');
  table.querySelector('caption').textContent = `${column.name}, month by month (${unitLabel(column.unit)})`;
  table.querySelector('thead').replaceChildren(h('tr', {}, h('th', { scope: 'col' }, 'Member'), months.map((m) => h('th', { scope: 'col' }, monthLabel(m)))));
  table.querySelector('tbody').replaceChildren(...series.map((line) => h('tr', {}, h('th', { scope: 'row' }, line.name), line.points.map((v) => h('td', {}, formatFigure(v, column.unit))))));
}

function legendSwatch(style) {
  const svg = s('svg', { viewBox: '0 0 36 14', width: 36, height: 14, 'aria-hidden': 'true', focusable: 'false' });
  svg.append(s('path', { d: 'M2 7H34', stroke: style.colour, 'stroke-width': style.width ?? 2.5, 'stroke-dasharray': style.dash, fill: 'none' }), marker(style.marker, 18, 7, style));
  return svg;
}

function legendLine(cls) {
  const svg = s('svg', { viewBox: '0 0 36 14', width: 36, height: 14, 'aria-hidden': 'true', focusable: 'false' });
  svg.append(s('line', { x1: 2, x2: 34, y1: 7, y2: 7, class: cls }));
  return svg;
}

// ---- cases, plans, credits --------------------------------------------------------------------------------------

function timerText(c) {
  if (c.paused) return 'Timer paused';
  if (c.workingDaysLeft === null || c.workingDaysLeft === undefined) return 'No deadline at this stage';
  if (c.workingDaysLeft < 0) return `Overdue by ${-c.workingDaysLeft} working ${c.workingDaysLeft === -1 ? 'day' : 'days'}`;
  if (c.workingDaysLeft === 0) return 'Due today';
  return String(c.workingDaysLeft);
}

async function loadCases() {
  try {
    const { cases } = await getJson('/api/open-cases');
    showError('cases');
    const table = $('#open-cases');
    for (const body of table.querySelectorAll('tbody')) body.remove();
    const stages = [...new Set([...[...STAGES].reverse(), ...cases.map((c) => c.stage)])].filter((st) => cases.some((c) => c.stage === st));
    if (!cases.length) table.append(h('tbody', {}, h('tr', {}, h('td', { colspan: 7 }, 'No open cases.'))));
    for (const stage of stages) {
      const inStage = cases.filter((c) => c.stage === stage);
      table.append(h('tbody', { dataset: { stage } },
        h('tr', { class: 'stage-row' }, h('th', { scope: 'rowgroup', colspan: 7 }, `${STAGE_NAMES[stage] ?? stage}: ${inStage.length} ${inStage.length === 1 ? 'case' : 'cases'}`)),
        inStage.map((c) => h('tr', { dataset: { caseId: c.id }, class: c.overdue ? 'overdue' : undefined },
          h('td', {}, providerName(c.providerId)), h('td', {}, kpiName(c.kpiId)), h('td', {}, STAGE_NAMES[c.stage] ?? c.stage),
          dateCell(c.openedOn), dateCell(c.dueOn), h('td', { class: 'num' }, timerText(c)), h('td', {}, c.paused ? 'Yes' : 'No')))));
    }
    $('#cases-summary').textContent = cases.length
      ? `${cases.length} open ${cases.length === 1 ? 'case' : 'cases'}: ${stages.map((st) => `${STAGE_NAMES[st] ?? st} ${cases.filter((c) => c.stage === st).length}`).join(', ')}.`
      : 'No open cases.';
  } catch (error) {
    showError('cases', error);
  }
}

async function loadPlans() {
  try {
    const plans = await getJson('/api/escalation/plans');
    showError('plans');
    $('#plans-due tbody').replaceChildren(...(plans.length ? plans.map((p) => h('tr', { dataset: { planId: p.id }, class: p.overdue ? 'overdue' : undefined },
      h('td', {}, providerName(p.providerId)), h('td', {}, kpiName(p.kpiId)), h('td', { class: 'num' }, `Cycle ${p.cycle}`),
      h('td', {}, PLAN_STATUSES[p.status] ?? p.status), dateCell(p.dueOn), h('td', {}, p.overdue ? h('strong', {}, 'Yes, overdue') : 'No')))
      : [h('tr', {}, h('td', { colspan: 6 }, 'No remedial plans are due.'))]));
  } catch (error) {
    showError('plans', error);
  }
}

async function loadCredits() {
  try {
    const { entries, totals } = await getJson('/api/escalation/credits');
    showError('credits');
    const table = $('#credits');
    table.querySelector('tbody').replaceChildren(...(entries.length ? entries.map((e) => h('tr', { dataset: { creditId: e.id } },
      h('td', {}, providerName(e.providerId)), h('td', {}, kpiName(e.kpiId)), h('td', {}, monthLabel(e.period)), h('td', {}, e.financialYear),
      h('td', {}, CREDIT_STATUSES[e.status] ?? e.status, e.adjustmentReason ? `: ${e.adjustmentReason}` : ''), dateCell(e.accruedOn),
      h('td', { class: 'num' }, pounds(e.amountPence))))
      : [h('tr', {}, h('td', { colspan: 7 }, 'No service credits.'))]));
    const sum = (rows, key) => rows.reduce((n, r) => n + (Number(r[key]) || 0), 0);
    table.querySelector('tfoot').replaceChildren(h('tr', {}, h('th', { scope: 'row', colspan: 6 }, 'Total'), h('td', { class: 'num' }, pounds(sum(entries, 'amountPence')))));
    const totalsTable = $('#credit-totals');
    totalsTable.querySelector('tbody').replaceChildren(...(totals.length ? totals.map((t) => h('tr', {},
      h('th', { scope: 'row' }, providerName(t.providerId)), h('td', {}, t.financialYear), h('td', { class: 'num' }, pounds(t.accruedPence)),
      h('td', { class: 'num' }, pounds(t.waivedOrAdjustedPence)), h('td', { class: 'num' }, pounds(t.netPence))))
      : [h('tr', {}, h('td', { colspan: 5 }, 'No service credits.'))]));
    totalsTable.querySelector('tfoot').replaceChildren(h('tr', {}, h('th', { scope: 'row', colspan: 2 }, 'All providers'),
      h('td', { class: 'num' }, pounds(sum(totals, 'accruedPence'))), h('td', { class: 'num' }, pounds(sum(totals, 'waivedOrAdjustedPence'))),
      h('td', { class: 'num' }, pounds(sum(totals, 'netPence')))));
  } catch (error) {
    showError('credits', error);
  }
}

// ---- area board view --------------------------------------------------------------------------------------------

async function loadArea() {
  try {
    const summary = await getJson(`/api/area-summary?period=${state.month}`);
    showError('area');
    $('#area-rule').textContent = summary.rule;
    $('#area-summary caption').textContent = `Consortium-wide KPI figures for ${monthLabel(summary.period)}, small numbers suppressed`;
    $('#area-summary tbody').replaceChildren(...(summary.rows.length ? summary.rows.map((r) => h('tr', {},
      h('th', { scope: 'row' }, r.shortName, hidden(`: ${r.name}`)), h('td', {}, r.consortium),
      h('td', { class: 'num' }, r.count ?? r.denominator ?? '–'), h('td', { class: 'num' }, r.numerator ?? '–'),
      h('td', { class: 'num' }, r.value ?? '', r.value === null || r.value === '*' ? h('span', { class: 'withheld' }, r.value === null ? 'Not shown' : '', r.withheld ? ` (${r.withheld})` : '') : null),
      h('td', {}, r.rag ? h('span', { class: `rag-badge rag-${r.rag === 'No data' ? 'no-data' : r.rag.toLowerCase()}` },
        h('span', { class: 'rag-icon', 'aria-hidden': 'true' }, RAG_ICONS[r.rag === 'No data' ? 'no-data' : r.rag.toLowerCase()]), ` ${r.rag}`) : 'Not shown'),
      h('td', {}, r.direction ? [h('span', { 'aria-hidden': 'true', class: 'arrow' }, ARROWS[r.direction] ?? ''), ` ${r.direction}`] : 'Not shown')))
      : [h('tr', {}, h('td', { colspan: 7 }, 'No consortium figures for this month.'))]));
  } catch (error) {
    showError('area', error);
  }
}

function setAreaView(on) {
  state.area = on;
  $('#area-view').setAttribute('aria-pressed', String(on));
  for (const el of document.querySelectorAll('[data-provider-level]')) el.hidden = on;
  for (const el of document.querySelectorAll('[data-area-level]')) el.hidden = !on;
  document.body.classList.toggle('area-mode', on);
  pageStatus(on ? 'Area board view: consortium-wide figures only, small numbers suppressed.' : 'Full board view: every member, case, plan and credit.');
  if (on) return loadArea();
  return undefined;
}

// ---- live alerts ------------------------------------------------------------------------------------------------

function alertItem(a) {
  const id = a.alertId ?? a.id;
  const raisedAt = a.raisedAt ?? new Date().toISOString();
  return h('li', { dataset: { alertId: id, kind: a.kind }, class: `alert alert-${a.kind}` },
    h('span', { class: 'alert-kind' }, ALERT_KINDS[a.kind] ?? String(a.kind).replace(/-/g, ' ')),
    h('span', { class: 'alert-detail' }, `${providerName(a.providerId)} · ${kpiName(a.kpiId)}${a.stage ? ` · ${STAGE_NAMES[a.stage] ?? a.stage}` : ''}`),
    h('span', { class: 'alert-summary' }, a.summary ?? ''),
    h('time', { datetime: raisedAt }, timeLabel(raisedAt)));
}

function addAlerts(alerts, { live }) {
  const feed = $('#alert-feed');
  const fresh = alerts.filter((a) => !state.alerts.has(a.alertId ?? a.id));
  for (const a of fresh) state.alerts.set(a.alertId ?? a.id, a);
  if (!fresh.length) return;
  const items = fresh.map(alertItem);
  if (live) feed.prepend(...items);
  else feed.append(...items);
  while (feed.children.length > MAX_ALERTS) feed.lastElementChild.remove();
  const empty = feed.querySelector('.empty');
  if (empty) empty.remove();
}

async function loadAlerts() {
  const feed = $('#alert-feed');
  feed.setAttribute('aria-busy', 'true');
  try {
    const alerts = await getJson('/api/escalation/alerts');
    addAlerts(alerts, { live: false });
    if (!feed.children.length) feed.append(h('li', { class: 'empty' }, 'No alerts yet.'));
  } catch (error) {
    feed.append(h('li', { class: 'empty' }, `Could not load earlier alerts: ${error.message}`));
  } finally {
    feed.removeAttribute('aria-busy');
  }
}

let refreshTimer;
function refreshAfterAlert() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void Promise.all([loadCases(), loadPlans(), loadCredits()]), 400);
}

function openLiveFeed() {
  const status = $('#connection-status');
  const setStatus = (text, cls) => {
    if (status.textContent !== text) status.textContent = text;
    status.className = `connection-status ${cls}`;
  };
  const source = new EventSource('/api/escalation/alerts/live');
  source.addEventListener('open', () => setStatus('Live', 'live'));
  source.addEventListener('alert', (event) => {
    try {
      addAlerts([JSON.parse(event.data)], { live: true });
      refreshAfterAlert();
    } catch {
      // a malformed event is skipped; the next refresh brings the list up to date
    }
  });
  source.addEventListener('error', () => {
    setStatus('Reconnecting…', 'reconnecting');
    if (source.readyState === EventSource.CLOSED) {
      // the browser gives up after a non-stream answer (e.g. 502): try again ourselves, and catch up on what was missed
      setTimeout(() => {
        openLiveFeed();
        void loadAlerts();
      }, 5000);
    }
  });
}

// ---- start ------------------------------------------------------------------------------------------------------

async function loadMonth() {
  showMonth();
  try {
    state.matrix = await getJson(`/api/rag-matrix?period=${state.month}`);
    showError('matrix');
    rememberNames(state.matrix);
    fillTrendChoices(state.matrix);
    renderMatrix(state.matrix);
    await loadTrend();
  } catch (error) {
    showError('matrix', error);
  }
  if (state.area) await loadArea();
}

async function start() {
  $('#print-pack').addEventListener('click', () => window.print());
  $('#area-view').addEventListener('click', () => void setAreaView(!state.area));
  $('#month').addEventListener('change', (event) => {
    state.month = event.target.value;
    void loadMonth().then(() => pageStatus(`Showing ${monthLabel(state.month)}.`));
  });
  $('#trend-kpi').addEventListener('change', (event) => chooseTrend(event.target.value, false));

  try {
    state.board = await getJson('/api/board');
    $('#council-name').textContent = state.board.council.name;
    state.month = state.board.defaultMonth;
    fillMonths();
    await loadMonth();
  } catch (error) {
    pageStatus(`The board could not load: ${error.message}`);
  }
  await Promise.allSettled([loadCases(), loadPlans(), loadCredits(), loadAlerts()]);
  openLiveFeed();
  document.body.dataset.ready = 'true';
}

void start();
