import { Controller, Get, HttpCode, Logger, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Response } from 'express';
import { Public } from '@carers/platform/auth';
import { Metrics, Readiness } from '@carers/platform/observability';
import { Unlimited } from './rate-limits';

@ApiExcludeController()
@Public()
@Unlimited()
@Controller()
export class HealthController {
  private readonly logger = new Logger('Readiness');

  constructor(
    private readonly readiness: Readiness,
    private readonly metrics: Metrics,
  ) {}

  @Get('health/live')
  @HttpCode(200)
  live() {
    return { status: 'up' };
  }

  @Get('health/ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    const report = await this.readiness.report();
    res.status(report.ready ? 200 : 503);
    if (Object.keys(report.reasons).length) this.logger.warn({ msg: 'not fully ready', reasons: report.reasons });
    return { status: !report.ready ? 'down' : report.degraded ? 'degraded' : 'up', checks: report.checks };
  }

  @Get('metrics')
  async prometheus(@Res({ passthrough: true }) res: Response) {
    res.type(this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}
