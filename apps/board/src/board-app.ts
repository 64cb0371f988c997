import { resolve } from 'node:path';
import express, { NextFunction, Request, Response } from 'express';
import { WorkingCalendar } from '@carers/calendar';
import { areaSummary } from './area-summary';
import { BoardConfig, councilName, UPSTREAMS } from './board-config';
import { boardMonths, todayInEngland } from './board-months';
import { TokenSource } from './board-token';
import type { BoardStart, OpenCases } from './board-view-models';
import { escalationStages } from './escalation-stages';
import { openCases } from './open-cases';
import { ragMatrix } from './rag-matrix';
import { NotSignedInError, UpstreamClient, UpstreamError } from './upstream-client';
import { proxyTo } from './upstream-proxy';
import { CaseRow, CouncilCalendar, KpiDefinition, Pack, Providers } from './upstream-shapes';

export interface BoardAppOptions {
  config: BoardConfig;
  tokens: TokenSource;
  /** Where index.html and board.css are: apps/board/public from the working directory (/app in the image). */
  publicDir?: string;
  /** Where the page's compiled ES modules are (tsconfig.browser.json), served under /js/. */
  pageScriptDir?: string;
  /**
   * A fixed day (tests). Without it the board counts from the services' day, as escalation's GET /calendar gives it
   * (CARERS_TODAY, the demo's accelerated clock, or the date in England), never from a clock of its own (ADR 0017).
   */
  today?: () => string;
}

/** The page's compiled scripts: `nx build board` (tsc -p apps/board/tsconfig.browser.json) writes them here. */
export const PAGE_SCRIPT_DIR = 'dist/apps/board/browser';
/** The page's entry module inside PAGE_SCRIPT_DIR, as index.html loads it under /js/. */
export const PAGE_ENTRY = 'apps/board/src/browser/board-page.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

class BadRequest extends Error {}

const periodOf = (req: Request): string => {
  const period = req.query['period'];
  if (typeof period !== 'string' || !MONTH.test(period)) throw new BadRequest('period must be a month like 2026-10');
  return period;
};

/** Express handlers may be async; failures go to the error handler below. */
const handle = (fn: (req: Request, res: Response) => Promise<unknown>) => (req: Request, res: Response, next: NextFunction) => {
  fn(req, res).catch(next);
};

/** The board's HTTP server: health, the page, the views it builds, and a read-only proxy to performance and escalation. */
export function createBoardApp({
  config,
  tokens,
  publicDir = resolve(process.cwd(), 'apps/board/public'),
  pageScriptDir = resolve(process.cwd(), PAGE_SCRIPT_DIR),
  today: fixedToday,
}: BoardAppOptions) {
  const upstream = new UpstreamClient(config, tokens);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use((_req, res, next) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader(
      'content-security-policy',
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    );
    next();
  });

  app.get('/health/live', (_req, res) => void res.json({ status: 'ok' }));
  app.get(
    '/health/ready',
    handle(async (_req, res) => {
      const checks = await Promise.all(
        UPSTREAMS.map(async (name) => {
          try {
            const r = await fetch(`${config.upstreams[name]}/health/live`, { signal: AbortSignal.timeout(1000) });
            return [name, r.ok ? 'up' : `answered ${r.status}`] as const;
          } catch {
            return [name, 'unreachable'] as const;
          }
        }),
      );
      // the board itself is ready once it listens; the services' state is reported, not required
      res.json({ status: 'ok', upstreams: Object.fromEntries(checks) });
    }),
  );

  const kpis = async (req: Request) => (await upstream.json<{ kpis: KpiDefinition[] }>('performance', '/kpis', req.headers)).kpis;
  const providers = (req: Request) => upstream.json<Providers>('performance', '/providers', req.headers).catch(() => undefined);
  const pack = (req: Request, period: string) => upstream.json<Pack>('performance', `/periods/${period}/pack`, req.headers);
  const calendar = (req: Request) => upstream.json<CouncilCalendar>('escalation', '/calendar', req.headers);
  /** The services' day; the starting page still opens (on the date in England) while escalation cannot answer. */
  const today = async (req: Request): Promise<string> =>
    fixedToday?.() ??
    (await calendar(req).then(
      (c) => c.today,
      () => todayInEngland(),
    ));

  /** The page's starting point: the council, the months to choose from, and the latest month with figures. */
  app.get(
    '/api/board',
    handle(async (req, res) => {
      const day = await today(req);
      const months = boardMonths(day);
      let latestWithData: string | undefined;
      for (const month of months) {
        const { values } = await upstream.json<{ values: unknown[] }>('performance', `/kpi-values?period=${month}`, req.headers);
        if (values.length) {
          latestWithData = month;
          break;
        }
      }
      const start: BoardStart = {
        council: { code: config.council, name: councilName(config.council) },
        today: day,
        months,
        defaultMonth: latestWithData ?? months[1],
        stages: escalationStages(),
      };
      res.json(start);
    }),
  );

  app.get(
    '/api/rag-matrix',
    handle(async (req, res) => {
      const period = periodOf(req);
      const [p, catalogue, who] = await Promise.all([pack(req, period), kpis(req), providers(req)]);
      res.json(ragMatrix(p, catalogue, who));
    }),
  );

  app.get(
    '/api/area-summary',
    handle(async (req, res) => {
      const period = periodOf(req);
      const [p, catalogue, who] = await Promise.all([pack(req, period), kpis(req), providers(req)]);
      res.json(areaSummary(p, catalogue, who));
    }),
  );

  app.get(
    '/api/open-cases',
    handle(async (req, res) => {
      // working days left on the calendar escalation set the deadlines on, from the services' day (ADR 0017)
      const [cases, council] = await Promise.all([upstream.json<CaseRow[]>('escalation', '/cases', req.headers), calendar(req)]);
      const day = fixedToday?.() ?? council.today;
      const body: OpenCases = { today: day, cases: openCases(cases, day, WorkingCalendar.forCouncil(council.closureDays)) };
      res.json(body);
    }),
  );

  app.use('/api/performance', proxyTo('performance', upstream));
  app.use('/api/escalation', proxyTo('escalation', upstream));
  app.use('/api', (_req, res) => void res.status(404).json({ message: 'not found' }));

  app.use('/js', express.static(pageScriptDir, { index: false, maxAge: 0 }));
  app.use(express.static(publicDir, { index: 'index.html', maxAge: 0 }));

  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    if (error instanceof BadRequest) return void res.status(400).json({ message: error.message });
    if (error instanceof NotSignedInError) return void res.status(401).json({ message: error.message });
    if (error instanceof UpstreamError) return void res.status(error.status).json(error.body ?? { message: error.message });
    const message = error instanceof Error ? error.message : String(error);
    console.error(JSON.stringify({ level: 'error', service: 'board', msg: message }));
    res.status(502).json({ message: 'a service the board reads from could not be reached' });
  });
  return app;
}
