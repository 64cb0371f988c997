import { DevIssuer, Role } from '@carers/platform/auth';

export interface PlatformUrls {
  registration: string;
  assessments: string;
  performance: string;
  escalation: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The council's and the providers' people, as the demo plays them, using the platform's public HTTP APIs with
 * tokens from the dev issuer: an officer at the council's front door, the contract manager, provider workers.
 */
export class PlatformClient {
  private readonly tokens = new Map<string, Promise<string>>();

  constructor(
    readonly urls: PlatformUrls,
    readonly council: string,
  ) {}

  private token(role: string, providerId?: string): Promise<string> {
    const key = `${role}|${providerId ?? ''}`;
    if (!this.tokens.has(key))
      this.tokens.set(
        key,
        DevIssuer.open().sign({ role: role as Role, tenant: this.council, subject: `demo-${role}`, providerId, expiresIn: '24h' }),
      );
    return this.tokens.get(key)!;
  }

  async call(
    service: keyof PlatformUrls,
    method: string,
    path: string,
    body?: unknown,
    as: { role: string; providerId?: string } = { role: 'council-officer' },
  ) {
    const res = await fetch(`${this.urls[service]}${path}`, {
      method,
      headers: { authorization: `Bearer ${await this.token(as.role, as.providerId)}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }

  async expect(
    service: keyof PlatformUrls,
    method: string,
    path: string,
    body: unknown,
    status: number,
    as?: { role: string; providerId?: string },
  ) {
    const res = await this.call(service, method, path, body, as);
    if (res.status !== status) throw new Error(`${method} ${service}${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** Requests an assessment once assessments has heard of the carer from registration (through Kafka). */
  async requestAssessment(carerId: string, providerId: string, requestedOn: string): Promise<{ id: string; type: string }> {
    for (let attempt = 0; ; attempt++) {
      const res = await this.call('assessments', 'POST', '/assessments', { carerId, providerId, requestedOn });
      if (res.status === 201) return res.body;
      if (attempt > 600 || (res.status !== 404 && res.status !== 422 && res.status !== 409))
        throw new Error(`assessment request for ${carerId} answered ${res.status}: ${JSON.stringify(res.body)}`);
      await sleep(100);
    }
  }
}
