import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { AlertMessage } from '../application/alert-sender.port';
import { DeliveryFailedError } from '../domain/notification-channel.errors';
import { verifySignature } from '../domain/webhook-signature';
import { HttpAndSmtpSender } from './http-and-smtp-sender.adapter';
import { ResolvedAddress, WebhookTargetGuard } from './webhook-target-guard.adapter';

const ALERT: AlertMessage['alert'] = {
  id: '6b0f7c4e-2a51-4d7e-9a0c-0e3f1d2b9c11',
  kind: 'board-referral',
  caseId: 'c-1',
  providerId: 'vale-family-support',
  kpiId: 'young-carers-identified',
  stage: 'board-referral',
  summary: 'referred to the board',
  raisedAt: '2026-11-02T10:15:04.120Z',
};

/** A resolver that answers from a table, counting the questions. */
function resolver(answers: Readonly<Record<string, readonly string[]>>) {
  const asked: string[] = [];
  const resolve = async (host: string): Promise<ResolvedAddress[]> => {
    asked.push(host);
    if (!answers[host]) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return answers[host].map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return { resolve, asked };
}

async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ server: Server; port: number; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      hits.push(body);
      handler(req, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as AddressInfo).port, hits };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e) => e as DeliveryFailedError,
  );

describe('webhook requests (issue 21, finding 5)', () => {
  const servers: Server[] = [];
  afterEach(() => servers.splice(0).forEach((s) => s.close()));

  it('connects to the address it checked, asking the resolver once: a re-pointed name (DNS rebinding) cannot move the request', async () => {
    const received: { body: string; headers: IncomingMessage['headers'] }[] = [];
    const hook = await listen((req, res) => {
      received.push({ body: '', headers: req.headers });
      res.writeHead(204).end();
    });
    servers.push(hook.server);
    // the system resolver knows no such name: only the pinned address gets the request there
    const dns = resolver({ 'alerts.council.test': ['127.0.0.1'] });
    const sender = new HttpAndSmtpSender(new WebhookTargetGuard({ allowLocal: true }, dns.resolve));
    await sender.send({
      channel: { kind: 'webhook', target: `http://alerts.council.test:${hook.port}/board-alerts`, secret: 's3cret' },
      alert: ALERT,
      councilId: 'E06000054',
    });
    expect(dns.asked).toEqual(['alerts.council.test']);
    expect(hook.hits).toHaveLength(1);
    expect(received[0].headers.host).toBe(`alerts.council.test:${hook.port}`);
    expect(
      verifySignature(
        's3cret',
        String(received[0].headers['x-carers-timestamp']),
        hook.hits[0],
        String(received[0].headers['x-carers-signature']),
      ),
    ).toBe(true);
  });

  it('refuses to send when the name now resolves to a refused address, without connecting', async () => {
    const hook = await listen((_req, res) => res.writeHead(204).end());
    servers.push(hook.server);
    for (const [answers, reason] of [
      [{ 'alerts.council.test': ['127.0.0.1'] }, 'address-refused'],
      [{ 'alerts.council.test': ['93.184.215.14', '10.0.0.1'] }, 'address-refused'],
      [{}, 'unresolvable'],
    ] as const) {
      const sender = new HttpAndSmtpSender(new WebhookTargetGuard({ allowLocal: false }, resolver(answers).resolve));
      const error = await failure(
        sender.send({
          channel: { kind: 'webhook', target: `https://alerts.council.test:${hook.port}/`, secret: 's' },
          alert: ALERT,
          councilId: 'E06000054',
        }),
      );
      expect(error).toBeInstanceOf(DeliveryFailedError);
      expect(error?.reason).toBe(reason);
    }
    expect(hook.hits).toHaveLength(0);
  });

  it('follows no redirect, and says only that the delivery failed, never what the receiver answered', async () => {
    const elsewhere = await listen((_req, res) => res.writeHead(204).end());
    const redirecting = await listen((_req, res) =>
      res.writeHead(307, { location: `http://127.0.0.1:${elsewhere.port}/internal` }).end('moved to the internal host'),
    );
    const refusing = await listen((_req, res) => res.writeHead(503).end('upstream db-01 down'));
    servers.push(elsewhere.server, redirecting.server, refusing.server);
    const sender = new HttpAndSmtpSender(new WebhookTargetGuard({ allowLocal: true }, resolver({}).resolve));
    const send = (port: number) =>
      failure(
        sender.send({
          channel: { kind: 'webhook', target: `http://127.0.0.1:${port}/`, secret: 's' },
          alert: ALERT,
          councilId: 'E06000054',
        }),
      );

    const redirected = await send(redirecting.port);
    expect(redirected).toMatchObject({ reason: 'redirected' });
    expect(redirected?.message).not.toMatch(/307|moved|internal/);
    expect(elsewhere.hits).toHaveLength(0);

    const rejected = await send(refusing.port);
    expect(rejected).toMatchObject({ reason: 'rejected' });
    expect(rejected?.message).not.toMatch(/503|db-01/);
  });
});

describe('webhook targets at registration', () => {
  it('refuses a name when any address it resolves to is refused, and lets one that does not resolve through to the check at sending', async () => {
    const guard = new WebhookTargetGuard(
      { allowLocal: false },
      resolver({
        'public.test': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
        'mixed.test': ['93.184.215.14', '192.168.0.5'],
        localhost: ['127.0.0.1'],
      }).resolve,
    );
    expect(await guard.refusal('https://public.test/hook')).toBeUndefined();
    expect(await guard.refusal('https://mixed.test/hook')).toMatch(/private/);
    expect(await guard.refusal('https://localhost/hook')).toMatch(/loopback/);
    expect(await guard.refusal('https://nowhere.test/hook')).toBeUndefined();
    await expect(guard.pin('https://nowhere.test/hook')).rejects.toMatchObject({ reason: 'unresolvable' });
    await expect(guard.pin('https://public.test/hook')).resolves.toMatchObject({ address: '93.184.215.14', family: 4 });
  });
});
