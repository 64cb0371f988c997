import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { SERVICES } from './services';

const root = join(__dirname, '../..');

export interface ServiceProcess {
  name: string;
  url: string;
  child: ChildProcess;
}

/** The demo's simulator makes every provider's requests with one token, and every board visitor shares one dev board token: the per-subject limits would stop them. */
const DEMO_RATE_LIMITS = { RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_SENSITIVE_PER_MINUTE: '1000000', LIVE_STREAMS_PER_SUBJECT: '100' };

/**
 * Starts each built service as its own process, for development, the demo and benchmarks: they trust the local dev
 * issuer, by name (AUTH_MODE=dev, issue 21 finding 3), unless the environment says otherwise. Their JSON logs go to
 * the console prefixed by name (or to a sink).
 */
export function startServices(
  env: NodeJS.ProcessEnv,
  onLine?: (service: string, line: string) => void,
  apps: readonly { name: string; port: number }[] = SERVICES,
): ServiceProcess[] {
  return apps.map(({ name, port }) => {
    const child = spawn(process.execPath, [join(root, 'tools/dev/run-built.js'), name], {
      cwd: root,
      env: { AUTH_MODE: 'dev', ...DEMO_RATE_LIMITS, ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const forward = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        if (onLine) onLine(name, line);
        else console.log(`${name.padEnd(12)} | ${line}`);
      }
    };
    child.stdout!.on('data', forward);
    child.stderr!.on('data', forward);
    return { name, url: `http://127.0.0.1:${port}`, child };
  });
}

export async function waitUntilReady(services: ServiceProcess[], timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(services);
  let last = '';
  while (pending.size && Date.now() < deadline) {
    for (const s of [...pending]) {
      if (s.child.exitCode !== null)
        throw new Error(`${s.name} exited with code ${s.child.exitCode} while starting; its log lines above say why.`);
      try {
        const res = await fetch(`${s.url}/health/ready`);
        const body = (await res.json()) as { status?: string; checks?: unknown };
        // started means up, not merely in rotation (degraded): the consumer has joined its group and the relay runs
        if (res.ok && body.status !== 'degraded') pending.delete(s);
        else last = `${s.name}: ${JSON.stringify(body.checks ?? body)}`;
      } catch {
        last = `${s.name}: not listening yet`;
      }
    }
    if (pending.size) await new Promise((r) => setTimeout(r, 500));
  }
  if (pending.size) throw new Error(`not ready after ${timeoutMs / 1000} s: ${[...pending].map((s) => s.name).join(', ')} (${last})`);
}

/** SIGTERM each service and wait for it to drain and exit; SIGKILL after the grace period. */
export async function stopServices(services: ServiceProcess[], graceMs = 20_000): Promise<void> {
  await Promise.all(
    services.map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}
