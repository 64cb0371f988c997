import { spawn, ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import request from 'supertest';
import { ProviderRemedialActionCompleted, ProviderRemedialPlanSubmitted, Topics } from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { eventually, eventuallyPasses, topicFor } from '@carers/testing';
import { escalationUnderTest, EscalationHarness, WILTSHIRE } from './cases/escalation.test-helpers';
import { DeliverAlertsJob, MAX_ATTEMPTS } from './notifications/application/deliver-alerts.job';
import { SealLegacySecretsJob } from './notifications/application/seal-legacy-secrets.job';
import { verifySignature } from './notifications/domain/webhook-signature';

const VALE_REJECTIONS = topicFor(Topics.providerRejections, 'vale-family-support');

jest.setTimeout(90_000);

/** Python's standard-library SMTP server, as a separate process that prints every message it receives. */
function startSmtpServer(port: number): Promise<{ process: ChildProcess; output: () => string }> {
  const child = spawn('python3', ['-u', '-W', 'ignore', '-m', 'smtpd', '-n', '-c', 'DebuggingServer', `127.0.0.1:${port}`]);
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return eventually(
    () =>
      new Promise((resolve) => {
        const probe = require('node:net').connect(port, '127.0.0.1', () => {
          probe.end();
          resolve({ process: child, output: () => output });
        });
        probe.on('error', () => resolve(undefined));
      }),
    10_000,
  ) as Promise<{ process: ChildProcess; output: () => string }>;
}

describe('remedial plans from provider systems, board alerts on their topic, the live feed, webhooks and email', () => {
  let h: EscalationHarness;
  const reader = createKafka('escalation-board-reader', () => undefined).consumer({ groupId: `escalation-board-reader-${Date.now()}` });
  const seen: { topic: string; type: string; data: any }[] = [];

  beforeAll(async () => {
    h = await escalationUnderTest('2026-11-02');
    await reader.connect();
    for (const topic of [Topics.escalationBoardAlert, Topics.escalationCase, VALE_REJECTIONS])
      await reader.subscribe({ topic: h.service.prefix + topic, fromBeginning: true });
    await reader.run({
      eachMessage: async ({ topic, message }) => {
        const e = JSON.parse(message.value!.toString());
        seen.push({ topic: topic.slice(h.service.prefix.length), type: e.type, data: e.data });
      },
    });
  }, 90_000);
  afterAll(async () => {
    await reader.disconnect();
    await h?.stop();
  }, 30_000);

  it("takes a plan and its milestones from the provider system, refuses another provider's, and fails the plan when a milestone is missed", async () => {
    const [p, k] = ['downs-carers-trust', 'wellbeing-improved'];
    h.clock.set('2026-11-02');
    await h.closed('confirmed', p, k, '2026-10', 'red', true);
    await h.closed('confirmed', p, k, '2026-11', 'red', true);
    const c = await h.until(p, k, (x) => x.stage === 'remedial-plan');
    const actions = [
      { actionId: 'A1', description: 'Clear the review backlog', ownerRole: 'Operations lead', dueOn: '2026-11-20' },
      { actionId: 'A2', description: 'Weekly wellbeing check-ins', ownerRole: 'Service manager', dueOn: '2026-12-04' },
    ];
    await h.send(Topics.providerRemedialPlan, ProviderRemedialPlanSubmitted.type, 'vale-family-support', 'vale-family-support', {
      providerId: 'vale-family-support',
      caseId: c.id,
      actions,
    });
    await eventuallyPasses(() =>
      expect(seen.find((e) => e.topic === VALE_REJECTIONS && e.data.providerId === 'vale-family-support')).toMatchObject({
        data: { reason: 'domain-rule' },
      }),
    );
    await h.send(Topics.providerRemedialPlan, ProviderRemedialPlanSubmitted.type, p, p, { providerId: p, caseId: c.id, actions });
    await eventuallyPasses(async () => expect((await h.detail(c.id)).plans[0].status).toBe('submitted'));
    await request(h.service.url)
      .post(`/cases/${c.id}/plan/decision`)
      .set(h.officer)
      .send({ outcome: 'approved', reason: 'credible trajectory' })
      .expect(200);
    expect((await h.caseOf(p, k)).dueOn).toBe('2026-11-20');
    await h.send(Topics.providerRemedialPlan, ProviderRemedialActionCompleted.type, p, p, {
      providerId: p,
      caseId: c.id,
      actionId: 'A1',
      completedOn: '2026-11-19',
    });
    await h.until(p, k, (x) => x.dueOn === '2026-12-04');
    h.clock.set('2026-12-07');
    await h.runDue();
    expect(await h.caseOf(p, k)).toMatchObject({ stage: 'improvement-notice', dueOn: '2026-12-16' });
    await eventuallyPasses(() =>
      expect(
        seen.filter((e) => e.data.caseId === c.id && e.type === 'escalation.remedial-plan.status-changed').map((e) => e.data.status),
      ).toEqual(['requested', 'submitted', 'approved', 'failed']),
    );
    // the alert travels on its own topic: the reader may see it a moment after the plan's status
    await eventuallyPasses(() =>
      expect(seen.find((e) => e.topic === Topics.escalationBoardAlert && e.data.caseId === c.id)).toMatchObject({
        data: { kind: 'plan-failed', providerId: p, kpiId: k },
      }),
    );
  });

  it('shows a board alert on the live feed, the board API and its topic, and delivers it to a signed webhook (retrying) and by email', async () => {
    const smtpPort = 20_000 + (process.pid % 20_000);
    const smtp = await startSmtpServer(smtpPort);
    process.env['SMTP_URL'] = `smtp://127.0.0.1:${smtpPort}`;
    const received: { body: string; headers: Record<string, any> }[] = [];
    let calls = 0;
    const hook: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        calls++;
        received.push({ body, headers: req.headers });
        res.statusCode = calls === 1 ? 500 : 204;
        res.end();
      });
    }).listen(0);
    try {
      const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/board-alerts`;
      const webhook = (
        await request(h.service.url).post('/notification-channels').set(h.officer).send({ kind: 'webhook', target: url }).expect(201)
      ).body;
      await request(h.service.url)
        .post('/notification-channels')
        .set(h.officer)
        .send({ kind: 'email', target: 'board-secretary@wiltshire.example' })
        .expect(201);
      await request(h.service.url)
        .post('/notification-channels')
        .set(h.officer)
        .send({ kind: 'email', target: 'not an address' })
        .expect(400);

      const live: any[] = [];
      const listening = new AbortController();
      const stream = await fetch(`${h.service.url}/alerts/live`, { headers: h.board, signal: listening.signal });
      expect(stream.headers.get('content-type')).toContain('text/event-stream');
      const reading = (async () => {
        const decoder = new TextDecoder();
        for await (const chunk of stream.body as any) {
          for (const block of decoder.decode(chunk).split('\n\n')) {
            const data = block.split('\n').find((l) => l.startsWith('data: '));
            if (block.includes('event: alert') && data) live.push(JSON.parse(data.slice(6)));
          }
        }
      })().catch(() => undefined);

      const [p, k] = ['vale-family-support', 'young-carers-identified'];
      h.clock.set('2026-11-02');
      await h.closed('confirmed', p, k, '2026-10', 'red', true);
      const c = await h.until(p, k, (x) => x.stage === 'review-meeting');
      await request(h.service.url)
        .post(`/cases/${c.id}/stage`)
        .set(h.officer)
        .send({ to: 'board-referral', reason: 'safeguarding concern raised at review' })
        .expect(200);
      await eventuallyPasses(() =>
        expect(live.find((a) => a.caseId === c.id)).toMatchObject({ kind: 'board-referral', providerId: p, kpiId: k }),
      );
      const listed = (await request(h.service.url).get('/alerts?unacknowledged=true').set(h.board).expect(200)).body.find(
        (a: any) => a.caseId === c.id,
      );
      expect(listed.summary).toContain('referred to the board');
      await eventuallyPasses(() =>
        expect(seen.find((e) => e.topic === Topics.escalationBoardAlert && e.data.caseId === c.id)?.data.kind).toBe('board-referral'),
      );
      const acked = await request(h.service.url).post(`/alerts/${listed.id}/acknowledgement`).set(h.board).expect(200);
      expect(acked.body.acknowledgedAt).toBeTruthy();
      expect(
        (await request(h.service.url).get('/alerts?unacknowledged=true').set(h.board)).body.find((a: any) => a.id === listed.id),
      ).toBeUndefined();
      listening.abort();
      await reading;

      const dispatcher = h.service.app.get(DeliverAlertsJob);
      await dispatcher.runOnce();
      let log = (await request(h.service.url).get(`/notification-channels/${webhook.id}/deliveries`).set(h.officer).expect(200)).body;
      // officers see that it failed and is retried, never what the receiver answered (issue 21, finding 5)
      expect(log.find((d: any) => d.alertId === listed.id)).toEqual({
        id: expect.any(String),
        alertId: listed.id,
        status: 'pending',
        attempts: 1,
        nextAttemptAt: expect.any(String),
        deliveredAt: null,
      });
      await new Promise((r) => setTimeout(r, 2_100));
      await dispatcher.runOnce();
      log = (await request(h.service.url).get(`/notification-channels/${webhook.id}/deliveries`).set(h.officer).expect(200)).body;
      expect(log.find((d: any) => d.alertId === listed.id)).toMatchObject({ status: 'delivered', attempts: 2 });
      expect(log.find((d: any) => d.alertId === listed.id)).not.toHaveProperty('lastStatus');
      const last = received.filter((r) => JSON.parse(r.body).id === listed.id).pop()!;
      expect(verifySignature(webhook.secret, last.headers['x-carers-timestamp'], last.body, last.headers['x-carers-signature'])).toBe(true);
      expect(verifySignature('another secret', last.headers['x-carers-timestamp'], last.body, last.headers['x-carers-signature'])).toBe(
        false,
      );
      expect(JSON.parse(last.body)).toMatchObject({ councilId: 'E06000054', kind: 'board-referral', caseId: c.id });
      await eventuallyPasses(() =>
        expect(smtp.output()).toContain('Subject: Board alert: board referral (vale-family-support, young-carers-identified)'),
      );
      expect(smtp.output()).toContain('To: <board-secretary@wiltshire.example>');
    } finally {
      hook.close();
      smtp.process.kill();
      delete process.env['SMTP_URL'];
    }
  });

  /** A statement as the council on the owner's connection: these tests look under the API, at what is stored. */
  const asCouncil = async (sql: string, params: unknown[] = []) => {
    const owner = new Client({ connectionString: h.service.env['ESCALATION_MIGRATIONS_DATABASE_URL'] });
    await owner.connect();
    try {
      await owner.query('BEGIN');
      await owner.query(`SELECT set_config('app.tenant_id', $1, true)`, [WILTSHIRE]);
      const { rows } = await owner.query(sql, params);
      await owner.query('COMMIT');
      return rows;
    } finally {
      await owner.end();
    }
  };
  /** An officer refers a case to the board: one alert, queued for every active channel. */
  const raiseAlert = async (providerId: string, kpiId: string): Promise<string> => {
    h.clock.set('2026-11-02');
    await h.closed('confirmed', providerId, kpiId, '2026-10', 'red', true);
    const c = await h.until(providerId, kpiId, (x) => x.stage === 'review-meeting');
    await h.moveTo(c.id, 'board-referral', 'safeguarding concern raised at review');
    return eventually(async () => {
      const alerts = (await request(h.service.url).get('/alerts').set(h.board).expect(200)).body;
      return alerts.find((a: any) => a.caseId === c.id)?.id as string | undefined;
    });
  };
  const portOf = (server: Server) => (server.address() as AddressInfo).port;
  const deactivate = (id: string) => request(h.service.url).post(`/notification-channels/${id}/deactivation`).set(h.officer).expect(200);

  it('follows no redirect from a webhook, and shows officers only that the delivery failed (issue 21, finding 5)', async () => {
    const followed: string[] = [];
    const elsewhere = createServer((req, res) => {
      followed.push(req.url!);
      req.resume();
      res.writeHead(204).end();
    }).listen(0);
    const redirecting = createServer((req, res) => {
      req.resume();
      res.writeHead(307, { location: `http://127.0.0.1:${portOf(elsewhere)}/internal-admin` }).end('moved to the internal host');
    }).listen(0);
    try {
      const channel = (
        await request(h.service.url)
          .post('/notification-channels')
          .set(h.officer)
          .send({ kind: 'webhook', target: `http://127.0.0.1:${portOf(redirecting)}/board-alerts` })
          .expect(201)
      ).body;
      const alertId = await raiseAlert('downs-carers-trust', 'young-carers-identified');
      const dispatcher = h.service.app.get(DeliverAlertsJob);
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        await dispatcher.runOnce();
        // the backoff, skipped: each attempt is due at once
        await asCouncil(`UPDATE notification_delivery SET next_attempt_at = now() WHERE channel_id = $1 AND status = 'pending'`, [
          channel.id,
        ]);
      }
      const log = await request(h.service.url).get(`/notification-channels/${channel.id}/deliveries`).set(h.officer).expect(200);
      expect(log.body.find((d: any) => d.alertId === alertId)).toEqual({
        id: expect.any(String),
        alertId,
        status: 'failed',
        attempts: MAX_ATTEMPTS,
        nextAttemptAt: expect.any(String),
        deliveredAt: null,
      });
      expect(log.text).not.toMatch(/307|moved|internal/);
      expect(followed).toEqual([]);
      await deactivate(channel.id);
    } finally {
      redirecting.close();
      elsewhere.close();
    }
  });

  it('stores a webhook signing secret encrypted, never the secret itself (issue 21, finding 12)', async () => {
    const channel = (
      await request(h.service.url)
        .post('/notification-channels')
        .set(h.officer)
        .send({ kind: 'webhook', target: 'https://board.example.org/carers-alerts' })
        .expect(201)
    ).body;
    expect(channel.secret).toMatch(/^[\w-]{43}$/);
    const [row] = await asCouncil(`SELECT * FROM notification_channel WHERE id = $1`, [channel.id]);
    expect(JSON.stringify(row)).not.toContain(channel.secret);
    expect(row).toMatchObject({ secret: expect.stringMatching(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/), secret_sealed: true });
    await deactivate(channel.id);
  });

  it('still signs with a webhook secret stored as plaintext before encryption, and seals it at the next start (issue 21, finding 12)', async () => {
    const received: { body: string; headers: Record<string, any> }[] = [];
    const hook = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        received.push({ body, headers: req.headers });
        res.writeHead(204).end();
      });
    }).listen(0);
    try {
      const [id, secret] = [randomUUID(), randomBytes(32).toString('base64url')];
      await asCouncil(
        `INSERT INTO notification_channel (id, tenant_id, kind, target, secret, secret_sealed, created_by) VALUES ($1, $2, 'webhook', $3, $4, false, 'before ADR 0021')`,
        [id, WILTSHIRE, `http://127.0.0.1:${portOf(hook)}/board-alerts`, secret],
      );
      const alertId = await raiseAlert('vale-family-support', 'wellbeing-improved');
      await h.service.app.get(DeliverAlertsJob).runOnce();
      const sent = received.find((r) => JSON.parse(r.body).id === alertId)!;
      expect(verifySignature(secret, sent.headers['x-carers-timestamp'], sent.body, sent.headers['x-carers-signature'])).toBe(true);

      expect(await h.service.app.get(SealLegacySecretsJob).runOnce()).toBe(1);
      const [row] = await asCouncil(`SELECT secret, secret_sealed FROM notification_channel WHERE id = $1`, [id]);
      expect(row).toEqual({ secret: expect.stringMatching(/^v1\./), secret_sealed: true });
      expect(await h.service.app.get(SealLegacySecretsJob).runOnce()).toBe(0);
      await deactivate(id);
    } finally {
      hook.close();
    }
  });
});
