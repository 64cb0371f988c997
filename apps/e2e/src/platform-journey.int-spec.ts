import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, Browser } from 'playwright-core';
import { bearer, cloneServiceDatabase, eventually, isolatedTopics } from '@carers/testing';
import { BuiltService, startBuiltService } from './built-service';

const root = join(__dirname, '../../..');
const COUNCIL = 'E06000054';
const SERVICES = [
  ['registration', 3911],
  ['assessments', 3912],
  ['performance', 3913],
  ['escalation', 3914],
] as const;
const VALE = 'vale-family-support';
const COMMENCED = 'assessment-commenced-14-days';
const SECONDS_PER_DAY = 0.4;

/**
 * The whole platform as `npm start` runs it (four built services, the board, the real broker and PostgreSQL) with
 * the demo simulator as an outside process: carers registered, assessed late by one member, the KPI breached, a
 * case opened, a remedial plan requested, the board alerted; then the dashboard in Chromium.
 */
describe('the platform end to end: from registrations to the board', () => {
  const running: BuiltService[] = [];
  const drops: (() => Promise<void>)[] = [];
  const narration: string[] = [];
  let simulator: ChildProcess;
  let board: BuiltService;
  const url = (name: string) => running.find((s) => s.name === name)!.url;

  beforeAll(async () => {
    const topics = await isolatedTopics('journey');
    const now = new Date();
    const clock = {
      CARERS_TODAY: new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), 1)).toISOString().slice(0, 10),
      CARERS_CLOCK_ANCHOR: String(now.getTime() + 20_000),
      CARERS_DAY_SECONDS: String(SECONDS_PER_DAY),
      LADDER_SCAN_SECONDS: '1',
      MONTH_CLOSE_SCAN_SECONDS: '5',
      CLOCK_SCAN_SECONDS: '5',
      LOG_LEVEL: 'warn',
    };
    const env: NodeJS.ProcessEnv = { ...topics.env, ...clock };
    for (const [name] of SERVICES) {
      const db = await cloneServiceDatabase({ name, migrations: [], defaultPort: 0 });
      drops.push(db.drop);
      Object.assign(env, db.env);
    }
    running.push(
      ...(await Promise.all(
        SERVICES.map(([name, port]) => startBuiltService(name, port, { ...env, KAFKA_GROUP_ID: `${topics.prefix}${name}` })),
      )),
    );
    const urls = {
      REGISTRATION_URL: url('registration'),
      ASSESSMENTS_URL: url('assessments'),
      PERFORMANCE_URL: url('performance'),
      ESCALATION_URL: url('escalation'),
    };
    board = await startBuiltService('board', 3915, { ...urls, BOARD_COUNCIL: COUNCIL, NODE_ENV: 'development' });
    simulator = spawn(process.execPath, [join(root, 'tools/dev/run-ts.js'), 'tools/demo/simulate.ts', '--carers', '400'], {
      cwd: root,
      env: { ...process.env, ...topics.env, ...clock, ...urls },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => narration.push(...chunk.toString().split('\n').filter(Boolean));
    simulator.stdout!.on('data', collect);
    simulator.stderr!.on('data', collect);
  }, 180_000);

  afterAll(async () => {
    simulator?.kill('SIGKILL');
    for (const s of [...running, board]) if (s && s.child.exitCode === null) s.child.kill('SIGKILL');
    await Promise.all(drops.map((d) => d()));
  });

  it('registers carers, sees one member assess them late, breaches the KPI, opens a case, asks for a plan and alerts the board', async () => {
    const officer = await bearer({ role: 'council-officer', tenant: COUNCIL });
    const get = async (service: string, path: string) => {
      const res = await fetch(`${url(service)}${path}`, { headers: officer });
      if (!res.ok) throw new Error(`${service}${path} answered ${res.status}`);
      return res.json() as Promise<any>;
    };
    const alerted = await eventually(
      async () => {
        const alerts = await get('escalation', '/alerts');
        return alerts.find(
          (a: any) =>
            a.providerId === VALE && a.kpiId === COMMENCED && ['plan-failed', 'credit-withheld', 'board-referral'].includes(a.kind),
        );
      },
      300_000,
      1000,
    ).catch((error) => {
      throw new Error(`${error.message}\nthe simulator said:\n${narration.slice(-30).join('\n')}`);
    });

    const registered = await get('registration', `/carers?providerId=${VALE}`);
    expect(registered.carers.length).toBeGreaterThan(0);

    const months = (await get('performance', `/kpi-values?kpiId=${COMMENCED}&providerId=${VALE}`)).values;
    const breached = months.filter((v: any) => v.breached);
    expect(breached.length).toBeGreaterThan(0);
    expect(breached[0].numerator).toBeLessThan(breached[0].denominator);
    expect(breached[0].status).toBe('red');

    const c = await get('escalation', `/cases/${alerted.caseId}`);
    expect(c).toMatchObject({ providerId: VALE, kpiId: COMMENCED });
    expect(c.transitions[0]).toMatchObject({ action: 'opened', actor: 'ladder' });
    expect(c.transitions.map((t: any) => t.to)).toContain('remedial-plan');
    expect(c.plans[0]).toMatchObject({ cycle: 1 });
    expect(c.plans[0].requestedOn).toBeTruthy();
    expect(narration.some((l) => l.includes(`performance case opened for Vale Family Support, ${COMMENCED}`))).toBe(true);

    // the review meeting's Contract Performance Notice, accepted by Vale's own system on its own stream (ADR 0026)
    const cpn = await eventually(async () => {
      const { notices } = await get('escalation', `/cases/${alerted.caseId}/notices`);
      return notices.find((n: any) => n.kind === 'contract-performance-notice' && n.status === 'accepted');
    }, 30_000);
    expect(cpn.addressee).toMatch(/^Vale Family Support/);
    expect(narration.some((l) => l.includes(`Vale Family Support's system accepted ${cpn.reference} on provider.notice-response.v1`))).toBe(
      true,
    );
  }, 330_000);

  describe('the board dashboard in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      if (!existsSync('/usr/bin/chromium'))
        throw new Error("the browser test needs Debian's Chromium: apt-get install -y chromium (.ci/run does this)");
      browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
    });
    afterAll(() => browser?.close());

    it('shows the RAG matrix, receives an alert live, passes axe-core without serious violations, is captured and prints as a board pack', async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(board.url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      const rows = await page.locator('#rag-matrix tbody th[scope="row"]').allInnerTexts();
      expect(rows.join('|')).toContain('Vale Family Support');
      expect(rows.join('|')).toContain('Consortium');
      await page.waitForFunction(() => document.body.textContent?.includes('Live'), undefined, { timeout: 10_000 });

      const officer = await bearer({ role: 'council-officer', tenant: COUNCIL });
      const cases = (await (await fetch(`${url('escalation')}/cases`, { headers: officer })).json()) as any[];
      const movable = cases.find((c) => !['board-referral', 'contract-remedy'].includes(c.stage));
      expect(movable).toBeDefined();
      const moved = await fetch(`${url('escalation')}/cases/${movable.id}/stage`, {
        method: 'POST',
        headers: { ...officer, 'content-type': 'application/json' },
        body: JSON.stringify({ to: 'board-referral', reason: 'referred by the browser test' }),
      });
      expect(moved.status).toBe(200);
      const alerts = (await (await fetch(`${url('escalation')}/alerts`, { headers: officer })).json()) as any[];
      const referral = alerts.find((a) => a.caseId === movable.id && a.kind === 'board-referral');
      await page.waitForSelector(`#alert-feed li[data-alert-id="${referral.id}"]`, { timeout: 5_000 });

      // evaluated through the debugging protocol: the board's Content-Security-Policy rightly refuses injected scripts
      await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
      const violations = await page.evaluate(async () => {
        const result = await (window as any).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return result.violations
          .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
          .map((v: any) => `${v.id}: ${v.help} (${v.nodes.length})`);
      });
      expect(violations).toEqual([]);

      const out = join(root, 'tmp/test-output');
      mkdirSync(out, { recursive: true });
      await page.screenshot({ path: join(out, 'board-dashboard.png'), fullPage: true });

      // the printed board pack: the month's figures on A4, without the controls and the live feed
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#rag-matrix').isVisible()).toBe(true);
      expect(await page.locator('#live-alerts').isVisible()).toBe(false);
      await page.pdf({ path: join(out, 'board-pack.pdf'), format: 'A4' });
    }, 60_000);
  });
});
