// The Performance and Outcomes Board page's entry module (compiled by tsconfig.browser.json, loaded by index.html as
// <script type="module">). Every figure comes from the board server (/api/...), which signs in to the services for the
// page; the page never holds a token. Text is set with textContent only.
import type { AreaSummary, BoardAlert, BoardStart, CreditsLedger, KpiValue, OpenCases, PlanDue, RagMatrix } from '../board-view-models.js';
import { AlertFeed } from './alert-feed.js';
import { renderArea, showAreaLevel } from './area-view.js';
import { getJson } from './board-api.js';
import { BoardNames } from './board-names.js';
import { $, h, pageStatus, showError } from './dom.js';
import { monthLabel } from './format.js';
import { renderCases, renderCredits, renderPlans } from './ledger-views.js';
import { fillTrendChoices, markChosenKpi, renderMatrix } from './matrix-view.js';
import { trendKpiFor } from './matrix-text.js';
import { renderTrend } from './trend-view.js';

const state: { board?: BoardStart; month?: string; matrix?: RagMatrix; trendKpi?: string; area: boolean } = { area: false };
const names = new BoardNames();
const alerts = new AlertFeed(names);

const ladder = () => state.board?.stages.map((s) => s.id) ?? [];

// ---- month ------------------------------------------------------------------------------------------------------

function fillMonths(board: BoardStart): void {
  $('#month').replaceChildren(
    ...board.months.map((m, i) => h('option', { value: m, selected: m === state.month }, `${monthLabel(m)}${i === 0 ? ' (so far)' : ''}`)),
  );
}

function showMonth(month: string): void {
  $('#month-label').textContent = monthLabel(month);
  document.title = `Performance and Outcomes Board: ${state.board?.council.name}, ${monthLabel(month)}`;
}

// ---- RAG matrix and trend -----------------------------------------------------------------------------------------

function chooseTrend(kpiId: string, fromHeader: boolean): void {
  state.trendKpi = kpiId;
  markChosenKpi(kpiId);
  void loadTrend().then(() => {
    if (fromHeader) pageStatus(`Trend chart now shows ${names.kpi(kpiId)}.`);
  });
}

async function loadTrend(): Promise<void> {
  const column = state.matrix?.columns.find((c) => c.kpiId === state.trendKpi);
  if (!column || !state.matrix || !state.month) return;
  try {
    const { values } = await getJson<{ values: KpiValue[] }>(`/api/performance/kpi-values?kpiId=${encodeURIComponent(column.kpiId)}`);
    showError('trend');
    renderTrend(column, state.matrix.rows, state.month, values);
  } catch (error) {
    showError('trend', error as Error);
  }
}

async function loadMonth(month: string): Promise<void> {
  showMonth(month);
  try {
    const matrix = await getJson<RagMatrix>(`/api/rag-matrix?period=${month}`);
    state.matrix = matrix;
    showError('matrix');
    names.rememberMatrix(matrix);
    state.trendKpi = trendKpiFor(matrix.columns, state.trendKpi);
    fillTrendChoices(matrix.columns, state.trendKpi);
    renderMatrix(matrix, state.trendKpi, (kpiId) => chooseTrend(kpiId, true));
    await loadTrend();
  } catch (error) {
    showError('matrix', error as Error);
  }
  if (state.area) await loadArea();
}

// ---- cases, plans, credits, area ----------------------------------------------------------------------------------

async function loadSection<T>(key: string, url: string, render: (body: T) => void): Promise<void> {
  try {
    const body = await getJson<T>(url);
    showError(key);
    render(body);
  } catch (error) {
    showError(key, error as Error);
  }
}

const loadCases = () => loadSection<OpenCases>('cases', '/api/open-cases', ({ cases }) => renderCases(cases, ladder(), names));
const loadPlans = () => loadSection<PlanDue[]>('plans', '/api/escalation/plans', (plans) => renderPlans(plans, names));
const loadCredits = () => loadSection<CreditsLedger>('credits', '/api/escalation/credits', (ledger) => renderCredits(ledger, names));
const loadArea = () => loadSection<AreaSummary>('area', `/api/area-summary?period=${state.month}`, renderArea);
const loadAlerts = () => alerts.load(() => getJson<BoardAlert[]>('/api/escalation/alerts'));

function setAreaView(on: boolean): Promise<void> | undefined {
  state.area = on;
  showAreaLevel(on);
  pageStatus(
    on
      ? 'Area board view: consortium-wide figures only, small numbers suppressed.'
      : 'Full board view: every member, case, plan and credit.',
  );
  return on ? loadArea() : undefined;
}

let refreshTimer: ReturnType<typeof setTimeout> | undefined;
function refreshAfterAlert(): void {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void Promise.all([loadCases(), loadPlans(), loadCredits()]), 400);
}

// ---- start --------------------------------------------------------------------------------------------------------

async function start(): Promise<void> {
  $('#print-pack').addEventListener('click', () => window.print());
  $('#area-view').addEventListener('click', () => void setAreaView(!state.area));
  $<HTMLSelectElement>('#month').addEventListener('change', (event) => {
    const month = (event.target as HTMLSelectElement).value;
    state.month = month;
    void loadMonth(month).then(() => pageStatus(`Showing ${monthLabel(month)}.`));
  });
  $<HTMLSelectElement>('#trend-kpi').addEventListener('change', (event) => chooseTrend((event.target as HTMLSelectElement).value, false));

  try {
    const board = await getJson<BoardStart>('/api/board');
    state.board = board;
    names.rememberStages(board.stages ?? []);
    $('#council-name').textContent = board.council.name;
    state.month = board.defaultMonth;
    fillMonths(board);
    await loadMonth(board.defaultMonth);
  } catch (error) {
    pageStatus(`The board could not load: ${(error as Error).message}`);
  }
  await Promise.allSettled([loadCases(), loadPlans(), loadCredits(), loadAlerts()]);
  alerts.listen(refreshAfterAlert, () => void loadAlerts());
  document.body.dataset['ready'] = 'true';
}

void start();
