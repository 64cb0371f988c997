/** A named check the readiness probe runs; it throws (or rejects) with the reason when not ready. */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<void>;
}

export class Readiness {
  private readonly checks: ReadinessCheck[] = [];

  register(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  async report(timeoutMs = 2000): Promise<{ ready: boolean; checks: Record<string, string> }> {
    const results = await Promise.all(
      this.checks.map(async (c) => {
        try {
          await withTimeout(c.check(), timeoutMs, `${c.name} did not answer within ${timeoutMs} ms`);
          return [c.name, 'up'] as const;
        } catch (error) {
          return [c.name, `down: ${(error as Error).message}`] as const;
        }
      }),
    );
    return { ready: results.every(([, s]) => s === 'up'), checks: Object.fromEntries(results) };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => { timer = setTimeout(() => reject(new Error(message)), ms); }),
  ]);
}
