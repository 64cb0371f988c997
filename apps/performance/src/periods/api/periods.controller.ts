import { Body, Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@carers/contracts';
import { CurrentPrincipal, Principal, Roles, providerOf, scopeOf } from '@carers/platform/auth';
import { councilsRunBy, csvAttachment } from '@carers/platform/service';
import { CloseDueMonthsHandler } from '../application/close-due-months.handler';
import { ConfirmMonthHandler } from '../application/confirm-month.handler';
import { DecideDisputeHandler } from '../application/decide-dispute.handler';
import { MonthPackQuery } from '../application/month-pack.query';
import { MonthStatusQuery } from '../application/month-status.query';
import { RaiseDisputeHandler } from '../application/raise-dispute.handler';
import { ReceiveMonthlyReturnHandler } from '../application/receive-monthly-return.handler';
import { RecordReliefHandler } from '../application/record-relief.handler';
import { packCsv } from './month-pack.response';
import { DecisionRequest, DisputeParam, DisputeRequest, MonthlyReturnRequest, PeriodParam, ReliefRequest } from './periods.request';

/** A provider worker acts for its own provider (issue 21, finding 2); a council officer names the provider. */
function providerFor(who: Principal, asked?: string): string {
  const own = providerOf(scopeOf(who));
  if (own) return own;
  if (!asked) throw new DomainError('invalid-request', 'providerId: a council officer says which provider this is for');
  return asked;
}

/** Month close, disputes, relief, monthly returns and the Performance Outcomes Group's pack. */
@ApiTags('month close')
@ApiBearerAuth()
@Controller()
export class PeriodsController {
  constructor(
    private readonly status: MonthStatusQuery,
    private readonly packs: MonthPackQuery,
    private readonly raiseDispute: RaiseDisputeHandler,
    private readonly decideDispute: DecideDisputeHandler,
    private readonly recordRelief: RecordReliefHandler,
    private readonly confirmMonth: ConfirmMonthHandler,
    private readonly receiveReturn: ReceiveMonthlyReturnHandler,
    private readonly closeDue: CloseDueMonthsHandler,
  ) {}

  @Get('periods/:period')
  @Roles('council-officer', 'board-member', 'provider-worker')
  state(@Param() { period }: PeriodParam, @CurrentPrincipal() who: Principal) {
    return this.status.execute(who.tenantId, period);
  }

  @Get('periods/:period/pack')
  @Roles('council-officer', 'board-member')
  pack(@Param() { period }: PeriodParam, @CurrentPrincipal() who: Principal) {
    return this.packs.execute(who.tenantId, period);
  }

  @Get('periods/:period/pack.csv')
  @Roles('council-officer', 'board-member')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', csvAttachment('month-pack.csv'))
  async packAsCsv(@Param() { period }: PeriodParam, @CurrentPrincipal() who: Principal): Promise<string> {
    return packCsv(await this.packs.execute(who.tenantId, period));
  }

  @Post('periods/:period/disputes')
  @Roles('council-officer', 'provider-worker')
  dispute(@Param() { period }: PeriodParam, @Body() body: DisputeRequest, @CurrentPrincipal() who: Principal) {
    return this.raiseDispute.execute({
      tenantId: who.tenantId,
      providerId: providerFor(who, body.providerId),
      period,
      kpiId: body.kpiId,
      reason: body.reason,
      by: who.subject,
    });
  }

  @Post('disputes/:id/decision')
  @Roles('council-officer')
  @HttpCode(200)
  decide(@Param() { id }: DisputeParam, @Body() body: DecisionRequest, @CurrentPrincipal() who: Principal) {
    return this.decideDispute.execute({ tenantId: who.tenantId, id, outcome: body.outcome, reason: body.reason, by: who.subject });
  }

  @Post('periods/:period/reliefs')
  @Roles('council-officer')
  relief(@Param() { period }: PeriodParam, @Body() body: ReliefRequest, @CurrentPrincipal() who: Principal) {
    return this.recordRelief.execute({
      tenantId: who.tenantId,
      period,
      reason: body.reason,
      by: who.subject,
      providerId: body.providerId,
      kpiId: body.kpiId,
    });
  }

  @Post('periods/:period/confirmation')
  @Roles('council-officer')
  @HttpCode(200)
  confirm(@Param() { period }: PeriodParam, @CurrentPrincipal() who: Principal) {
    return this.confirmMonth.execute({ tenantId: who.tenantId, period, by: who.subject });
  }

  @Post('monthly-returns')
  @Roles('council-officer', 'provider-worker')
  async monthlyReturn(@Body() body: MonthlyReturnRequest, @CurrentPrincipal() who: Principal) {
    const providerId = providerFor(who, body.providerId);
    const { late } = await this.receiveReturn.execute(who.tenantId, { ...body, providerId });
    return { providerId, period: body.period, measure: body.measure, value: body.value, responses: body.responses, late };
  }

  /** Closes the months that have ended now, rather than waiting for the hourly run: the administrator's own council, or every council for the operator. */
  @Post('admin/month-close/run')
  @Roles('platform-admin', 'platform-operator')
  @HttpCode(200)
  run(@CurrentPrincipal() who: Principal) {
    return this.closeDue.execute(councilsRunBy(who));
  }
}
