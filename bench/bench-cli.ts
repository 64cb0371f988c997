// What every benchmark reads from its command line and how it reports.
import { readdirSync, readFileSync } from 'node:fs';

/** `--name N` from the command line, or the fallback. */
export function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** `--name A,B,...` from the command line, or the fallback list. */
export function numbersArg(name: string, fallback: number[]): number[] {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1].split(',').map(Number) : fallback;
}

export const benchLog = (m: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);

/** The p-th percentile of values sorted ascending (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** CPU time the whole machine has spent busy since boot, in ms, every process included (Linux /proc/stat). */
function machineBusyMs(): number {
  const [user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq) * 10;
}

/** CPU time (ms) each kind of process has used since it started: postgres, java (the broker), node. */
function cpuByProgram(): Map<string, number> {
  const totals = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    const program = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const [utime, stime] = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .slice(11, 13)
      .map(Number);
    const name = program.startsWith('postgres') ? 'postgres' : program;
    totals.set(name, (totals.get(name) ?? 0) + (utime + stime) * 10);
  }
  return totals;
}

/** What each program used between two `cpuByProgram()` snapshots, largest first, e.g. "postgres 3.1 s, node 2.0 s". */
function cpuUsedBetween(before: Map<string, number>, after: Map<string, number>): string {
  return [...after]
    .map(([name, ms]) => [name, ms - (before.get(name) ?? 0)] as const)
    .filter(([, ms]) => ms >= 100)
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
    .join(', ');
}

/** Starts measuring the machine's CPU; `stop(events)` answers the CPU per event and what each program used. */
export function cpuMeter(): { stop(events: number): { perEventUs: number; byProgram: string } } {
  const busy = machineBusyMs();
  const programs = cpuByProgram();
  return {
    stop: (events) => ({ perEventUs: ((machineBusyMs() - busy) * 1000) / events, byProgram: cpuUsedBetween(programs, cpuByProgram()) }),
  };
}
