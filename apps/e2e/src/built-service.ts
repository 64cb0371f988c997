import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { eventually, LIFTED_RATE_LIMITS } from '@carers/testing';

const root = join(__dirname, '../../..');

export interface BuiltService {
  name: string;
  url: string;
  child: ChildProcess;
  logs: string[];
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs a built service as its own OS process, as `npm start` and production do. */
export async function startBuiltService(name: string, port: number, env: NodeJS.ProcessEnv): Promise<BuiltService> {
  const child = spawn(process.execPath, [join(root, 'tools/dev/run-built.js'), name], {
    cwd: root,
    env: { ...process.env, AUTH_MODE: 'dev', ...LIFTED_RATE_LIMITS, LOG_LEVEL: 'info', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const collect = (chunk: Buffer) => logs.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  await eventually(
    async () => {
      if (child.exitCode !== null) throw new Error(`${name} exited: ${logs.slice(-5).join('\n')}`);
      const res = await fetch(`${url}/health/ready`).catch(() => undefined);
      // started means up, not merely in rotation: the consumer has joined its group and the relay runs
      return res?.ok && ((await res.json()) as { status?: string }).status !== 'degraded' ? true : undefined;
    },
    60_000,
    250,
  );
  return { name, url, child, logs, exit };
}
