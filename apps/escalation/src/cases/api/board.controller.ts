import { Controller, Get, HttpCode, MessageEvent, Param, Post, Query, Req, Sse } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { EMPTY, Observable, finalize, interval, map, merge, takeUntil, timer } from 'rxjs';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { LiveStreamQuota } from '@carers/platform/service';
import { AcknowledgeAlertHandler } from '../application/acknowledge-alert.handler';
import { AlertFeed } from '../application/alert-feed.port';
import { BoardAlertsQuery } from '../application/board-alerts.query';
import { callerOf } from './cases.controller';
import { AlertQuery, IdParam } from './case.requests';

/** The Performance and Outcomes Board's alerts: a list, acknowledgement, and a live feed (Server-Sent Events). */
@ApiTags('board')
@ApiBearerAuth()
@Controller('alerts')
export class BoardController {
  constructor(
    private readonly alerts: BoardAlertsQuery,
    private readonly acknowledgeAlert: AcknowledgeAlertHandler,
    private readonly feed: AlertFeed,
    private readonly streams: LiveStreamQuota,
  ) {}

  @Get()
  @Roles('board-member', 'council-officer')
  list(@Query() q: AlertQuery, @CurrentPrincipal() who: Principal) {
    return this.alerts.execute(who.tenantId, q.unacknowledged === 'true');
  }

  @Post(':id/acknowledgement')
  @Roles('board-member')
  @HttpCode(200)
  acknowledge(@Param() { id }: IdParam, @CurrentPrincipal() who: Principal) {
    return this.acknowledgeAlert.execute(who.tenantId, id, callerOf(who));
  }

  /**
   * `event: alert` per alert as it is committed; a comment every 15 s keeps proxies from closing the stream. The stream
   * ends when the caller's token does, so a revoked or expired session stops hearing alerts (issue 21, finding 8); one
   * sign-in holds at most LIVE_STREAMS_PER_SUBJECT streams (finding 7).
   */
  @Sse('live')
  @Roles('board-member', 'council-officer')
  live(
    @CurrentPrincipal() who: Principal,
    @Req() request?: { res?: { setHeader(name: string, value: string): void } },
  ): Observable<MessageEvent> {
    const release = this.streams.take(who, request?.res);
    const alerts = this.feed.forCouncil(who.tenantId).pipe(map((a) => ({ type: 'alert', id: String(a.alertId), data: a })));
    const heartbeat = interval(15_000).pipe(map(() => ({ type: 'heartbeat', data: {} })));
    return merge(alerts, heartbeat).pipe(takeUntil(who.expiresAt ? timer(who.expiresAt) : EMPTY), finalize(release));
  }
}
