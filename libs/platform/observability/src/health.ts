/**
 * A named check the readiness probe runs; it throws (or rejects) with the reason when not ready. A check that
 * `gatesTraffic` takes the replica out of rotation when it fails (the database: without it no request can be
 * served); any other check is advisory: reported as degraded, with metrics and alerts, while the API keeps
 * serving (a stalled consumer or a broker away does not stop officers working; the outbox keeps their events).
 */
export interface ReadinessCheck {
  readonly name: string;
  readonly gatesTraffic?: boolean;
  check(): Promise<void>;
}

export interface ReadinessReport {
  /** Whether the replica should receive traffic. */
  ready: boolean;
  /** Ready, but an advisory check failed. */
  degraded: boolean;
  /** Each check's state, all a probe is told. */
  checks: Record<string, 'up' | 'down' | 'degraded'>;
  /** Why each failed check failed: for the log only, since a reason may name hosts, ports or users (issue 21, finding 12). */
  reasons: Record<string, string>;
}

export class Readiness {
  private readonly checks: ReadinessCheck[] = [];
  private last?: { at: number; report: Promise<ReadinessReport> };

  /** Probes may call as often as they like: the checks run at most once per `cacheMs`, and calls meanwhile share the answer. */
  constructor(private readonly cacheMs = Number(process.env['READINESS_CACHE_MS'] ?? 3000)) {}

  register(check: ReadinessCheck): void {
    this.checks.push(check);
    this.last = undefined;
  }

  report(timeoutMs = 2000): Promise<ReadinessReport> {
    if (this.last && Date.now() - this.last.at < this.cacheMs) return this.last.report;
    const report = this.run(timeoutMs);
    this.last = { at: Date.now(), report };
    return report;
  }

  private async run(timeoutMs: number): Promise<ReadinessReport> {
    const results = await Promise.all(
      this.checks.map(async (c) => {
        try {
          await withTimeout(c.check(), timeoutMs, `${c.name} did not answer within ${timeoutMs} ms`);
          return { check: c, status: 'up' as const };
        } catch (error) {
          return { check: c, status: c.gatesTraffic ? ('down' as const) : ('degraded' as const), reason: (error as Error).message };
        }
      }),
    );
    const failed = results.filter((r) => r.status !== 'up');
    return {
      ready: failed.every((r) => !r.check.gatesTraffic),
      degraded: failed.some((r) => !r.check.gatesTraffic),
      checks: Object.fromEntries(results.map((r) => [r.check.name, r.status])),
      reasons: Object.fromEntries(results.flatMap((r) => ('reason' in r ? [[r.check.name, r.reason as string]] : []))),
    };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]);
}
