import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { SkipThrottle, ThrottlerException, ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions } from '@nestjs/throttler';
import { JwtAuthGuard, Principal } from '@carers/platform/auth';
import { wholeNumberSetting } from './whole-number-setting';

const MINUTE_MS = 60_000;

/**
 * Requests each caller may make a minute (issue 21, finding 7; OWASP API4:2023): a general bucket for every route,
 * and a tighter one on the routes that find people or reach outside (registration, emergency-card look-ups,
 * notification channels). Buckets are kept per signed-in subject of a council, so one provider's busy system does
 * not slow another's, and per address for calls without a token.
 */
export interface RateLimits {
  perMinute: number;
  sensitivePerMinute: number;
}

export function rateLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimits {
  return {
    perMinute: wholeNumberSetting(env, 'RATE_LIMIT_PER_MINUTE', 600, 'of requests a minute'),
    sensitivePerMinute: wholeNumberSetting(env, 'RATE_LIMIT_SENSITIVE_PER_MINUTE', 30, 'of requests a minute'),
  };
}

const SENSITIVE = 'carers:sensitive-route';

/** The tighter bucket, besides the general one, for a route that finds people or reaches outside the platform. */
export const SensitiveRoute = () => SetMetadata(SENSITIVE, true);

/** Probes and metrics are scraped, not called by people: never limited. */
export const Unlimited = () => SkipThrottle({ default: true, sensitive: true });

export function throttlerOptions(limits: RateLimits): ThrottlerModuleOptions {
  return {
    throttlers: [
      { name: 'default', ttl: MINUTE_MS, limit: limits.perMinute },
      {
        name: 'sensitive',
        ttl: MINUTE_MS,
        limit: limits.sensitivePerMinute,
        skipIf: (context: ExecutionContext) => Reflect.getMetadata(SENSITIVE, context.getHandler()) !== true,
      },
    ],
  };
}

@Injectable()
export class SubjectThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const who = req['principal'] as Principal | undefined;
    return who ? `subject:${who.tenantId}:${who.subject}` : `address:${String(req['ip'])}`;
  }

  protected override async throwThrottlingException(context: ExecutionContext, limit: ThrottlerLimitDetail): Promise<void> {
    context
      .switchToHttp()
      .getResponse()
      .setHeader('Retry-After', String(Math.max(1, limit.timeToBlockExpire)));
    throw new ThrottlerException('Too many requests: wait for the seconds in Retry-After, then try again.');
  }
}

/** Every HTTP request is authenticated, then counted against its subject's buckets: in that order, so a bucket is a verified caller's. */
@Injectable()
export class PlatformGuard implements CanActivate {
  constructor(
    private readonly auth: JwtAuthGuard,
    private readonly limits: SubjectThrottlerGuard,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!(await this.auth.canActivate(context))) return false;
    return context.getType() !== 'http' || this.limits.canActivate(context);
  }
}
