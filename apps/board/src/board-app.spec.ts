import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, get, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import request from 'supertest';
import { createBoardApp, PAGE_ENTRY } from './board-app';
import { BoardConfig } from './board-config';
import { TokenSource } from './board-token';
import { CATALOGUE, pack, PROVIDERS, row } from './board-test-data.test-helpers';

interface Seen {
  method: string;
  url: string;
  authorization?: string;
}

/** A stand-in for a service: answers JSON from a table of paths, records what it was asked, and holds SSE streams open. */
async function fakeService(routes: Record<string, unknown>) {
  const seen: Seen[] = [];
  const streams: { req: IncomingMessage; res: ServerResponse; closed: Promise<unknown> }[] = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization });
    if (req.url === '/alerts/live') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(
        `event: alert\nid: a-1\ndata: ${JSON.stringify({ alertId: 'a-1', kind: 'board-referral', summary: 'Referred to the board' })}\n\n`,
      );
      streams.push({ req, res, closed: once(res, 'close') });
      return;
    }
    if (req.url === '/health/live') return void res.end('{"status":"ok"}');
    const [status, body] = ((routes[req.url!] ?? routes[req.url!.split('?')[0]]) as [number, unknown]) ?? [404, { message: 'not here' }];
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, seen, streams, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const close = (server: Server) =>
  new Promise((done) => {
    server.closeAllConnections();
    server.close(done);
  });

describe('the board server, against fake services', () => {
  let performance: Awaited<ReturnType<typeof fakeService>>;
  let escalation: Awaited<ReturnType<typeof fakeService>>;
  let app: ReturnType<typeof createBoardApp>;
  const tokens: TokenSource = { token: async () => 'board-token' };
  const publicDir = mkdtempSync(join(tmpdir(), 'board-public-'));
  writeFileSync(join(publicDir, 'index.html'), '<!doctype html><title>Performance and Outcomes Board</title>');
  const pageScriptDir = mkdtempSync(join(tmpdir(), 'board-page-script-'));
  mkdirSync(dirname(join(pageScriptDir, PAGE_ENTRY)), { recursive: true });
  writeFileSync(join(pageScriptDir, PAGE_ENTRY), 'export {};\n');

  beforeAll(async () => {
    performance = await fakeService({
      '/kpis': [200, { kpis: CATALOGUE }],
      '/providers': [200, PROVIDERS],
      '/kpi-values': [200, { values: [] }],
      '/kpi-values?period=2026-09': [200, { values: [{ kpiId: 'waiting-list-size', period: '2026-09' }] }],
      '/periods/2026-10/pack': [
        200,
        pack([
          row({ numerator: 43, denominator: 52 }),
          row({ providerId: 'downs-carers', attribution: 'member', numerator: 2, denominator: 3 }),
        ]),
      ],
      '/periods/2026-09/pack': [403, { message: 'forbidden' }],
    });
    escalation = await fakeService({
      '/cases': [
        200,
        [
          {
            id: 'c1',
            providerId: 'downs-carers',
            kpiId: 'first-contact-10-days',
            stage: 'amber-notice',
            status: 'open',
            openedOn: '2026-11-02',
            dueOn: '2026-11-16',
          },
        ],
      ],
      '/plans': [200, []],
      // the services' day (here ahead of the tests' fixed one) and Wiltshire's own closure day (ADR 0017)
      '/calendar': [200, { today: '2026-11-18', closureDays: [{ day: '2026-11-12', description: 'Council closure' }] }],
      '/alerts': [
        200,
        [
          { id: 'a-0', kind: 'credit-withheld' },
          { id: 'a-00', kind: 'credit-reversed' },
        ],
      ],
      '/credits': [
        200,
        {
          entries: [{ id: 'cr-1', status: 'reversed', reversalReason: 'relief', reversedOn: '2026-11-03', withheldOn: null }],
          totals: [
            {
              providerId: 'carers-together-consortium',
              financialYear: '2026-04',
              netPence: 250_000,
              accruedPence: 750_000,
              waivedOrAdjustedPence: 0,
              pendingPence: 250_000,
              reversedPence: 250_000,
            },
          ],
        },
      ],
    });
    const config: BoardConfig = {
      port: 0,
      council: 'E06000054',
      auth: 'dev-issuer',
      upstreams: {
        registration: 'http://127.0.0.1:9',
        assessments: 'http://127.0.0.1:9',
        performance: performance.url,
        escalation: escalation.url,
      },
    };
    app = createBoardApp({ config, tokens, publicDir, pageScriptDir, today: () => '2026-11-09' });
  });

  afterAll(async () => {
    await close(performance.server);
    await close(escalation.server);
  });

  beforeEach(() => {
    performance.seen.length = 0;
    escalation.seen.length = 0;
  });

  it('is live, and ready with the state of each service', async () => {
    await request(app).get('/health/live').expect(200, { status: 'ok' });
    const ready = await request(app).get('/health/ready').expect(200);
    expect(ready.body).toEqual({
      status: 'ok',
      upstreams: { registration: 'unreachable', assessments: 'unreachable', performance: 'up', escalation: 'up' },
    });
  });

  it('serves the page', async () => {
    const page = await request(app).get('/').expect(200);
    expect(page.text).toContain('Performance and Outcomes Board');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it("serves the page's compiled modules under /js/, as JavaScript", async () => {
    const script = await request(app).get(`/js/${PAGE_ENTRY}`).expect(200);
    expect(script.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    await request(app).get('/js/apps/board/src/browser/not-there.js').expect(404);
    await request(app).get('/js/').expect(404);
  });

  it("loads the page's entry module from the HTML it ships, built from the TypeScript beside it", () => {
    const html = readFileSync(join(__dirname, '../public/index.html'), 'utf8');
    expect(html).toContain(`<script type="module" src="js/${PAGE_ENTRY}"></script>`);
    expect(existsSync(join(__dirname, '../../..', PAGE_ENTRY.replace(/\.js$/, '.ts')))).toBe(true);
  });

  it('heads the credit totals with the amounts the ledger answers, pending confirmation and reversed among them (ADR 0016)', () => {
    const html = readFileSync(join(__dirname, '../public/index.html'), 'utf8');
    const table = html.slice(html.indexOf('<table id="credit-totals">'));
    const head = table.slice(0, table.indexOf('</thead>'));
    expect([...head.matchAll(/<th scope="col"[^>]*>([^<]+)<\/th>/g)].map((m) => m[1])).toEqual([
      'Provider',
      'Financial year',
      'Accrued',
      'Pending confirmation',
      'Reversed',
      'Released',
      'Waived or adjusted',
      'Net',
    ]);
  });

  it('passes the credits ledger and the alerts through as escalation answers them since ADR 0016', async () => {
    const ledger = await request(app).get('/api/escalation/credits').expect(200);
    expect(ledger.body.totals[0]).toMatchObject({
      accruedPence: 750_000,
      pendingPence: 250_000,
      reversedPence: 250_000,
      netPence: 250_000,
    });
    expect(ledger.body.entries[0]).toMatchObject({ status: 'reversed', reversalReason: 'relief' });
    const alerts = await request(app).get('/api/escalation/alerts').expect(200);
    expect(alerts.body.map((a: { kind: string }) => a.kind)).toEqual(['credit-withheld', 'credit-reversed']);
  });

  it('forwards a GET with the board token added, passing status and JSON through', async () => {
    const res = await request(app)
      .get('/api/escalation/cases?stage=amber-notice')
      .set('authorization', 'Bearer from-the-browser')
      .expect(200);
    expect(res.body[0].id).toBe('c1');
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(escalation.seen).toEqual([{ method: 'GET', url: '/cases?stage=amber-notice', authorization: 'Bearer board-token' }]);
    await request(app).get('/api/performance/periods/2026-09/pack').expect(403, { message: 'forbidden' });
  });

  it('refuses anything but GET, and paths outside the list, without calling the service', async () => {
    const post = await request(app).post('/api/escalation/cases/c1/pause').send({ reason: 'x' }).expect(405);
    expect(post.headers['allow']).toBe('GET');
    await request(app).delete('/api/performance/kpis').expect(405);
    await request(app).put('/api/performance/kpis/x').expect(405);
    await request(app).get('/api/performance/admin/kpis/recompute').expect(404);
    await request(app).get('/api/escalation/cases/%2e%2e/admin').expect(404);
    expect(escalation.seen).toEqual([]);
    expect(performance.seen).toEqual([]);
  });

  it('never gives the token to the browser', async () => {
    for (const path of [
      '/api/board',
      '/api/rag-matrix?period=2026-10',
      '/api/area-summary?period=2026-10',
      '/api/open-cases',
      '/api/escalation/alerts',
      '/',
    ]) {
      const res = await request(app).get(path);
      expect(JSON.stringify(res.headers) + res.text).not.toContain('board-token');
    }
  });

  it('answers the area summary with consortium figures only, suppressed', async () => {
    const res = await request(app).get('/api/area-summary?period=2026-10').expect(200);
    expect(res.body.rows).toEqual([
      expect.objectContaining({
        kpiId: 'first-contact-10-days',
        consortium: 'Carers Together',
        numerator: '45',
        denominator: '50',
        value: '90%',
      }),
    ]);
    expect(res.text).not.toContain('downs-carers');
    expect(performance.seen.map((s) => s.url).sort()).toEqual(['/kpis', '/periods/2026-10/pack', '/providers']);
  });

  it('refuses a period that is not a month', async () => {
    await request(app).get('/api/area-summary?period=2026-13').expect(400);
    await request(app).get('/api/rag-matrix').expect(400);
  });

  it('passes a service refusal through for the built views', async () => {
    await request(app).get('/api/rag-matrix?period=2026-09').expect(403, { message: 'forbidden' });
  });

  it("builds the RAG matrix and the open cases with their timers, on the council's calendar (ADR 0017)", async () => {
    const matrix = await request(app).get('/api/rag-matrix?period=2026-10').expect(200);
    expect(matrix.body.rows.map((r: { name: string }) => r.name)).toEqual(['Wiltshire Carers Hub', 'Downs Carers', 'Consortium']);
    const cases = await request(app).get('/api/open-cases').expect(200);
    // Monday 9 to Monday 16 November: five weekdays, less Thursday 12, the council's closure day
    expect(cases.body).toEqual({ today: '2026-11-09', cases: [expect.objectContaining({ id: 'c1', paused: false, workingDaysLeft: 4 })] });
  });

  it("counts working days left from the services' day, not the board's own clock (ADR 0017)", async () => {
    const onTheServicesDay = createBoardApp({
      config: {
        port: 0,
        council: 'E06000054',
        auth: 'dev-issuer',
        upstreams: { registration: '', assessments: '', performance: performance.url, escalation: escalation.url },
      },
      tokens,
      publicDir,
      pageScriptDir,
    });
    const cases = await request(onTheServicesDay).get('/api/open-cases').expect(200);
    // due Monday 16, the services' day Wednesday 18: two working days overdue
    expect(cases.body).toEqual({ today: '2026-11-18', cases: [expect.objectContaining({ id: 'c1', workingDaysLeft: -2 })] });
    const start = await request(onTheServicesDay).get('/api/board').expect(200);
    expect(start.body).toMatchObject({ today: '2026-11-18', months: expect.arrayContaining(['2026-11']) });
  });

  it('offers the months, and the latest month with figures as the default', async () => {
    const res = await request(app).get('/api/board').expect(200);
    expect(res.body).toMatchObject({
      council: { code: 'E06000054', name: 'Wiltshire' },
      months: expect.arrayContaining(['2026-11', '2025-11']),
      defaultMonth: '2026-09',
    });
    expect(res.body.stages[0]).toEqual({ id: 'amber-notice', name: 'Amber notice' });
    expect(res.body.stages.at(-1)).toEqual({ id: 'contract-remedy', name: 'Contract remedy' });
    expect(performance.seen.map((s) => s.url)).toEqual([
      '/kpi-values?period=2026-11',
      '/kpi-values?period=2026-10',
      '/kpi-values?period=2026-09',
    ]);
    expect(res.body.months).toHaveLength(13);
  });

  it('answers 502 when a service cannot be reached', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const offline = createBoardApp({
      config: {
        port: 0,
        council: 'E06000054',
        auth: 'dev-issuer',
        upstreams: {
          registration: 'http://127.0.0.1:9',
          assessments: 'http://127.0.0.1:9',
          performance: 'http://127.0.0.1:9',
          escalation: 'http://127.0.0.1:9',
        },
      },
      tokens,
      publicDir,
    });
    await request(offline).get('/api/escalation/plans').expect(502);
    await request(offline).get('/api/rag-matrix?period=2026-10').expect(502);
    jest.restoreAllMocks();
  });

  it('answers 401 when no one signed in (forwarded mode without a token)', async () => {
    const signedOut = createBoardApp({
      config: {
        port: 0,
        council: 'E06000054',
        auth: 'forwarded',
        upstreams: { registration: '', assessments: '', performance: performance.url, escalation: escalation.url },
      },
      tokens: { token: async () => undefined },
      publicDir,
    });
    await request(signedOut).get('/api/escalation/plans').expect(401);
    await request(signedOut).get('/api/area-summary?period=2026-10').expect(401);
    expect(escalation.seen).toEqual([]);
  });

  it('streams the live alert feed without buffering, and lets go of the service when the browser leaves', async () => {
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const res = await new Promise<IncomingMessage>((done, fail) =>
        get(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/escalation/alerts/live`, done).on('error', fail),
      );
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
      expect(res.headers['content-encoding']).toBeUndefined();
      // the first event arrives while the upstream stream is still open: nothing waits for the end
      const [chunk] = await once(res, 'data');
      expect(String(chunk)).toContain('event: alert');
      expect(String(chunk)).toContain('"alertId":"a-1"');
      expect(escalation.seen.at(-1)).toEqual({ method: 'GET', url: '/alerts/live', authorization: 'Bearer board-token' });
      expect(escalation.streams).toHaveLength(1);
      res.destroy();
      await escalation.streams[0].closed; // the board aborted its upstream request
    } finally {
      await close(server);
    }
  });

  it('ends the browser stream when the service drops the feed, and keeps serving', async () => {
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = (server.address() as AddressInfo).port;
    try {
      const before = escalation.streams.length;
      const res = await new Promise<IncomingMessage>((done, fail) =>
        get(`http://127.0.0.1:${port}/api/escalation/alerts/live`, done).on('error', fail),
      );
      await once(res, 'data');
      const ended = new Promise((done) => {
        res.on('end', done);
        res.on('error', done);
        res.on('close', done);
      });
      escalation.streams[before].res.destroy(); // the service goes away mid-stream
      await ended;
      await request(app).get('/health/live').expect(200);
    } finally {
      await close(server);
    }
  });
});
