import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../../..');

export interface ProbeProcess {
  child: ChildProcess;
  output: string[];
  ready: Promise<void>;
  exited: Promise<void>;
}

/** Starts probe-node.main.ts in a child process (compiled on the fly by swc). */
export function spawnProbeNode(env: NodeJS.ProcessEnv): ProbeProcess {
  const child = spawn(process.execPath, [join(root, 'tools/dev/run-ts.js'), join(__dirname, 'probe-node.main.ts')], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  let markReady: () => void;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  child.stdout!.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      output.push(line);
      if (line === 'ready') markReady();
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, output, ready, exited };
}

export async function kill9(probe: ProbeProcess): Promise<void> {
  probe.child.kill('SIGKILL');
  await probe.exited;
}
